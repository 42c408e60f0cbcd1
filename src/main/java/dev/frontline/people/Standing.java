package dev.frontline.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A competency with the latest manager rating and the latest self-rating of one rep. */
public record Standing(Competency competency, @Nullable Rating manager, @Nullable Rating self) {

    /** A gap between self-rating and manager rating this large or larger is flagged. */
    public static final int LARGE_GAP = 2;

    /** Self-rating minus manager rating; null unless both exist. Positive: the rep rates themself higher. */
    public @Nullable Integer gap() {
        return manager == null || self == null ? null : self.level() - manager.level();
    }

    public boolean largeGap() {
        Integer gap = gap();
        return gap != null && Math.abs(gap) >= LARGE_GAP;
    }

    /** When the latest of the two ratings was given. */
    public @Nullable Instant ratedAt() {
        if (manager == null) {
            return self == null ? null : self.ratedAt();
        }
        return self == null || manager.ratedAt().isAfter(self.ratedAt()) ? manager.ratedAt() : self.ratedAt();
    }
}
