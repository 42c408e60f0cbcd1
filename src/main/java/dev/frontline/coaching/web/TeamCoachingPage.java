package dev.frontline.coaching.web;

import dev.frontline.coaching.TeamCoachingView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A team's coaching view; {@code feed} for its manager. */
public record TeamCoachingPage(TeamCoachingView view, boolean director, @Nullable FeedCard feed, Times t, Flash flash) {
}
