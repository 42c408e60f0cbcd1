package dev.frontline.coaching;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A coaching topic the rep asked for; open until the manager marks it addressed. */
public record TopicRequest(long id, long repId, @Nullable String competencyKey, String text, Instant createdAt,
                           @Nullable Instant addressedAt, @Nullable String addressedBy, boolean demo, int version) {

    public boolean open() {
        return addressedAt == null;
    }
}
