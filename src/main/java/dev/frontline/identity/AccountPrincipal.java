package dev.frontline.identity;

import dev.frontline.shared.Role;
import dev.frontline.shared.Viewer;
import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in login as Spring Security holds it (in the session for a browser). It carries no password hash;
 * {@code sessionGeneration} is the login's generation at sign-in: a session whose generation the login has moved
 * past (disabled, password reset, new role or place) ends at its next request.
 */
record AccountPrincipal(long accountId, String username, String displayName, Role role, @Nullable Long personId,
                        boolean mustChangePassword, int sessionGeneration, @Nullable String timeZone)
        implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 3L;

    Viewer viewer() {
        return new Viewer(accountId, username, displayName, role, personId,
                timeZone == null ? null : ZoneId.of(timeZone));
    }

    /** The same login, now in another time zone. */
    AccountPrincipal inTimeZone(String zone) {
        return new AccountPrincipal(accountId, username, displayName, role, personId, mustChangePassword,
                sessionGeneration, zone);
    }

    List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    /** The same login signed in by single sign-on: the one-time password, if any, concerns password sign-in only. */
    AccountPrincipal signedInElsewhere() {
        return new AccountPrincipal(accountId, username, displayName, role, personId, false, sessionGeneration,
                timeZone);
    }

    @Override
    public String getName() {
        return username;
    }
}
