package dev.frontline.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One dated rating of one competency, by the manager or by the rep. */
public record Rating(String key, Rater rater, int level, @Nullable String note, Instant ratedAt,
                     @Nullable String ratedBy, boolean demo) {
}
