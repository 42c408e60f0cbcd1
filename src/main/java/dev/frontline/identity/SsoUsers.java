package dev.frontline.identity;

import dev.frontline.identity.SignInThrottle.Reason;
import dev.frontline.identity.internal.UserAccount;
import dev.frontline.identity.internal.UserAccountRepository;
import java.io.Serial;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Matches the person the OpenID Connect provider signed in to a Frontline login by the {@code email} claim: the
 * login whose e-mail the admin set to it, else the login named by it, else (with {@code FRONTLINE_OIDC_USERNAME_DOMAIN})
 * the login named by its local part when the domain is that one. An e-mail the provider marks unverified, no
 * match, or a disabled login refuses the sign-in, logged like a failed password.
 */
@Component
class SsoUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final UserAccountRepository repository;
    private final AccountDetailsService principals;
    private final SignInThrottle throttle;
    private final SingleSignOn settings;

    SsoUsers(UserAccountRepository repository, AccountDetailsService principals, SignInThrottle throttle,
             SingleSignOn settings) {
        this.repository = repository;
        this.principals = principals;
        this.throttle = throttle;
        this.settings = settings;
    }

    /** The provider's user, with the Frontline login it signs in as. */
    static final class AccountOidcUser extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final AccountPrincipal account;

        AccountOidcUser(OidcUser user, AccountPrincipal account) {
            super(account.authorities(), user.getIdToken(), user.getUserInfo());
            this.account = account;
        }

        AccountPrincipal account() {
            return account;
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String email = user.getEmail();
        if (email == null || email.isBlank() || Boolean.FALSE.equals(user.getEmailVerified())) {
            throw refused(email == null ? user.getSubject() : email, "The provider gave no verified e-mail address");
        }
        Optional<UserAccount> account = match(email.trim()).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            throw refused(email, "No enabled Frontline login has the e-mail " + email);
        }
        throttle.succeeded(account.get().getUsername());
        return new AccountOidcUser(user, principals.principal(account.get()).signedInElsewhere());
    }

    Optional<UserAccount> match(String email) {
        Optional<UserAccount> found = repository.findByEmail(email).or(() -> repository.findByUsername(email));
        String domain = settings.usernameDomain();
        int at = email.lastIndexOf('@');
        if (found.isEmpty() && !domain.isEmpty() && at > 0
                && email.substring(at + 1).toLowerCase(Locale.ROOT).equals(domain)) {
            found = repository.findByUsername(email.substring(0, at));
        }
        return found;
    }

    private OAuth2AuthenticationException refused(String who, String why) {
        throttle.failed(who, address(), Reason.SSO_NO_LOGIN);
        return new OAuth2AuthenticationException(new OAuth2Error("no_login", why, null), why);
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }
}
