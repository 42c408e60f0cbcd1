package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.system.DemoMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The API description and Swagger UI: public in demo mode, behind sign-in otherwise. (The shared test context runs
 * the demo, where the access matrix sees them public; this is the rule the pages' chain applies to those paths.)
 */
class ApiDocsAccessTest {

    private static final RequestAuthorizationContext DOCS =
            new RequestAuthorizationContext(new MockHttpServletRequest("GET", "/v3/api-docs"));
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("key", "anonymousUser",
            List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
    private static final Authentication SIGNED_IN = UsernamePasswordAuthenticationToken.authenticated("cara.losch",
            null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER")));

    @Test
    void inProductionOnlySignedInUsersReadTheApiDescription() {
        ApiDocsAccess production = new ApiDocsAccess(new DemoMode(false));

        assertThat(production.authorize(() -> ANONYMOUS, DOCS).isGranted()).isFalse();
        assertThat(production.authorize(() -> null, DOCS).isGranted()).isFalse();
        assertThat(production.authorize(() -> SIGNED_IN, DOCS).isGranted()).isTrue();
    }

    @Test
    void inTheDemoEveryoneReadsIt() {
        assertThat(new ApiDocsAccess(new DemoMode(true)).authorize(() -> ANONYMOUS, DOCS).isGranted()).isTrue();
    }
}
