package dev.frontline.shared;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as every module sees them.
 *
 * @param accountId the login's id
 * @param personId  the person behind the login; {@code null} only for a bootstrap administrator
 * @param zone      the user's time zone, in which their "today" is; {@code null} for Frontline's default zone
 */
public record Viewer(long accountId, String username, String displayName, Role role, @Nullable Long personId,
                     @Nullable ZoneId zone) {

    /** A viewer in Frontline's default time zone. */
    public Viewer(long accountId, String username, String displayName, Role role, @Nullable Long personId) {
        this(accountId, username, displayName, role, personId, null);
    }

    public boolean is(Role other) {
        return role == other;
    }
}
