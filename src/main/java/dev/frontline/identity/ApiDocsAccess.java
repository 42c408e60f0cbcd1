package dev.frontline.identity;

import dev.frontline.system.DemoMode;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the OpenAPI description and Swagger UI: anyone in demo mode (the demo shows its API), only those
 * signed in otherwise (the description maps every endpoint of a production system).
 */
final class ApiDocsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    private final DemoMode demo;

    ApiDocsAccess(DemoMode demo) {
        this.demo = demo;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        if (demo.on()) {
            return new AuthorizationDecision(true);
        }
        Authentication auth = authentication.get();
        return new AuthorizationDecision(auth != null && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken));
    }
}
