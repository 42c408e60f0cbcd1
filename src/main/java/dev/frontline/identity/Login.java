package dev.frontline.identity;

import dev.frontline.shared.Role;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A login as the admin's list shows it.
 *
 * @param email       the address single sign-on matches, if set
 * @param place       the team a rep is in or a manager manages, the office a director heads; null when none
 * @param teamId      the team of {@code place} (rep, manager), for the page's selects
 * @param regionId    the office of {@code place} (director)
 */
public record Login(long id, String username, @Nullable Long personId, @Nullable String displayName, Role role,
                    boolean enabled, boolean mustChangePassword, Instant updatedAt, int version,
                    @Nullable String email, @Nullable String place, @Nullable Long teamId, @Nullable Long regionId) {

    /** Whether the login matches a search: every word in its username, name, e-mail, role or place. */
    public boolean matches(String query) {
        String haystack = Stream.of(username, displayName, email, role.label(), role.name(), place)
                .filter(s -> s != null).map(s -> s.toLowerCase(Locale.ROOT)).reduce("", (a, b) -> a + " " + b);
        return Stream.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).allMatch(haystack::contains);
    }
}
