package dev.frontline.identity;

import dev.frontline.system.BaseUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with an OpenID Connect provider, on only when {@code FRONTLINE_OIDC_ISSUER_URI},
 * {@code FRONTLINE_OIDC_CLIENT_ID} and {@code FRONTLINE_OIDC_CLIENT_SECRET} are all set. The provider is discovered
 * from its issuer URI at the first sign-in (and again after a failure), so that Frontline starts, and password
 * sign-in works, while the provider is unreachable. The redirect URI is the configured base URL's
 * {@code /login/oauth2/code/oidc}, never one built from the request.
 */
@Component
class SingleSignOn {

    static final String REGISTRATION = "oidc";
    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String name;
    private final String usernameDomain;
    private final BaseUrl baseUrl;
    private volatile @Nullable ClientRegistration registration;

    SingleSignOn(@Value("${frontline.oidc.issuer-uri:}") String issuer,
                 @Value("${frontline.oidc.client-id:}") String clientId,
                 @Value("${frontline.oidc.client-secret:}") String clientSecret,
                 @Value("${frontline.oidc.name:}") String name,
                 @Value("${frontline.oidc.username-domain:}") String usernameDomain, BaseUrl baseUrl) {
        this.issuer = issuer.trim();
        this.clientId = clientId.trim();
        this.clientSecret = clientSecret.trim();
        this.name = name.isBlank() ? "single sign-on" : name.trim();
        this.usernameDomain = usernameDomain.trim().toLowerCase(java.util.Locale.ROOT);
        this.baseUrl = baseUrl;
        boolean any = !this.issuer.isEmpty() || !this.clientId.isEmpty() || !this.clientSecret.isEmpty();
        if (any && !enabled()) {
            throw new IllegalStateException("Single sign-on needs FRONTLINE_OIDC_ISSUER_URI, FRONTLINE_OIDC_CLIENT_ID "
                    + "and FRONTLINE_OIDC_CLIENT_SECRET together");
        }
        if (enabled() && !baseUrl.configured()) {
            log.warn("Single sign-on without FRONTLINE_BASE_URL: the provider is asked to redirect to http://localhost");
        }
    }

    boolean enabled() {
        return !issuer.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty();
    }

    /** The provider's name on the sign-in button. */
    String name() {
        return name;
    }

    /** The e-mail domain whose addresses match a login by their local part ({@code first.last@domain}); or empty. */
    String usernameDomain() {
        return usernameDomain;
    }

    /** The provider's registration, discovered at first use. */
    ClientRegistrationRepository registrations() {
        return id -> REGISTRATION.equals(id) ? registration() : null;
    }

    private @Nullable ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
                            .clientId(clientId).clientSecret(clientSecret).clientName(name)
                            .scope("openid", "email", "profile")
                            .redirectUri(baseUrl.link("/login/oauth2/code/{registrationId}"))
                            .build();
                } catch (RuntimeException e) {
                    log.error("Single sign-on: the provider at {} cannot be discovered: {}", issuer, e.getMessage());
                }
            }
            return registration;
        }
    }
}
