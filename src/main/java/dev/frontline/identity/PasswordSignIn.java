package dev.frontline.identity;

import dev.frontline.identity.SignInThrottle.Reason;
import dev.frontline.identity.internal.UserAccount;
import dev.frontline.identity.internal.UserAccountRepository;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with a username and password, for the sign-in form and HTTP Basic alike.
 *
 * <ul>
 *   <li>A name or address that has to wait after failed sign-ins ({@link SignInThrottle}) is refused at once,
 *       without a look at the password, whether or not the login exists.</li>
 *   <li>Otherwise exactly one bcrypt comparison is made: against the login's hash, or against a dummy hash of the
 *       same cost when there is no such login, so that the answer takes as long either way.</li>
 *   <li>Every failure (no such login, wrong password, disabled) answers the same; it is logged and counted.</li>
 * </ul>
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    static final String REFUSED = "Wrong username or password, or the login is disabled";

    private final UserAccountRepository repository;
    private final AccountDetailsService principals;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final String dummyHash;

    PasswordSignIn(UserAccountRepository repository, AccountDetailsService principals, PasswordEncoder encoder,
                   SignInThrottle throttle) {
        this.repository = repository;
        this.principals = principals;
        this.encoder = encoder;
        this.throttle = throttle;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = encoder.encode(Base64.getEncoder().encodeToString(random));
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().trim();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = address(attempt.getDetails());
        Optional<java.time.Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            throttle.failed(username, address, Reason.THROTTLED);
            throw new SignInThrottled(wait.get());
        }
        Optional<UserAccount> account = username.isEmpty() ? Optional.empty() : repository.findByUsername(username);
        boolean matches = encoder.matches(password, account.map(UserAccount::getPasswordHash).orElse(dummyHash));
        Reason refused = account.isEmpty() ? Reason.UNKNOWN_LOGIN : !matches ? Reason.WRONG_PASSWORD
                : !account.get().isEnabled() ? Reason.DISABLED : null;
        if (refused != null) {
            throttle.failed(username, address, refused);
            throw new BadCredentialsException(REFUSED);
        }
        throttle.succeeded(username);
        AccountPrincipal principal = principals.principal(account.get());
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        result.setDetails(attempt.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String address(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
