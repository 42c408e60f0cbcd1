package dev.frontline.shared;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as every module sees them.
 *
 * @param accountId the login's id
 * @param personId  the person behind the login; {@code null} only for a bootstrap administrator
 */
public record Viewer(long accountId, String username, String displayName, Role role, @Nullable Long personId) {

    public boolean is(Role other) {
        return role == other;
    }
}
