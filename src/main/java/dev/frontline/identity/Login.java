package dev.frontline.identity;

import dev.frontline.shared.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A login as the admin's list shows it. */
public record Login(long id, String username, @Nullable Long personId, @Nullable String displayName, Role role,
                    boolean enabled, boolean mustChangePassword, Instant updatedAt, int version) {
}
