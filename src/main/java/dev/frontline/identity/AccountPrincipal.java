package dev.frontline.identity;

import dev.frontline.shared.Role;
import dev.frontline.shared.Viewer;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in login as Spring Security holds it. */
record AccountPrincipal(long accountId, String username, String displayName, Role role, @Nullable Long personId,
                        String passwordHash, boolean enabled, boolean mustChangePassword)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    Viewer viewer() {
        return new Viewer(accountId, username, displayName, role, personId);
    }

    AccountPrincipal passwordChanged() {
        return new AccountPrincipal(accountId, username, displayName, role, personId, "", enabled, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
