package dev.frontline.coaching.web;

import org.jspecify.annotations.Nullable;

/**
 * The viewer's calendar feed: its URL when turned on, and where the buttons return to.
 *
 * @param whose "your 1:1s" or "your team's 1:1s"
 */
public record FeedCard(@Nullable String url, String whose, String back) {
}
