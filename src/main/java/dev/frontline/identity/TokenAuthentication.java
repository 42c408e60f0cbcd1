package dev.frontline.identity;

import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal access token: the login it acts as, and whether it may only read. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountPrincipal principal;
    private final long tokenId;
    private final boolean readOnly;

    TokenAuthentication(AccountPrincipal principal, long tokenId, boolean readOnly) {
        super(principal.authorities());
        this.principal = principal;
        this.tokenId = tokenId;
        this.readOnly = readOnly;
        setAuthenticated(true);
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public AccountPrincipal getPrincipal() {
        return principal;
    }

    long tokenId() {
        return tokenId;
    }

    boolean readOnly() {
        return readOnly;
    }
}
