package dev.frontline.organization;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A rep as the people page lists them: active, or former (they left) with the moment they left.
 *
 * @param version the person's version, for the writes that edit them (a move, a deactivation)
 */
public record RosterRep(long id, String username, String displayName, long teamId, boolean active,
                        @Nullable Instant leftAt, int version) {
}
