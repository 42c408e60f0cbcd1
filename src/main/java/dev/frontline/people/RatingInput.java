package dev.frontline.people;

import org.jspecify.annotations.Nullable;

/** One rating to give: a competency by key, a level from 1 to 5, an optional note or evidence. */
public record RatingInput(@Nullable String key, @Nullable Integer level, @Nullable String note) {
}
