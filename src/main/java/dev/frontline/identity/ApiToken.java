package dev.frontline.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token as its owner sees it: never the token itself, which is shown once, at creation.
 *
 * @param prefix the token's first characters, to tell tokens apart
 * @param access {@code read} (GET only) or {@code read-write}
 * @param state  {@code active}, {@code expired} or {@code revoked}
 */
public record ApiToken(long id, String name, String prefix, String access, Instant createdAt, Instant expiresAt,
                       @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, String state) {

    public boolean active() {
        return state.equals("active");
    }
}
