package dev.frontline.identity;

import dev.frontline.identity.SsoUsers.AccountOidcUser;
import dev.frontline.identity.internal.UserAccountRepository;
import dev.frontline.system.DemoMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Two chains: the API ({@code /api/**}) answers 401/403 as problem details and accepts a personal access token,
 * HTTP Basic or the browser session; the pages use form login (and single sign-on when configured), or HTTP Basic.
 *
 * <p>A request that carries its own credentials (Basic or Bearer) is authenticated by them alone and creates no
 * session ({@link StatelessCredentials}, {@link SessionContexts}); a request with a session cookie is CSRF-checked
 * whatever else it carries ({@link CredentialRequests#needsCsrf}). A session ends at its next request once its login
 * was disabled, had its password reset or got a new role or place ({@link EndedSessions}). Password sign-ins are
 * throttled and take as long whether or not the login exists ({@link PasswordSignIn}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * bcrypt, at the cost {@code frontline.security.bcrypt-strength} (10, Spring Security's default; only the test
     * profile lowers it, so that its thousands of signed-in calls do not spend minutes hashing). Hashes carry their
     * cost, so a change applies to passwords set from then on.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${frontline.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, SessionContexts contexts,
                            UserAccountRepository accounts, ApiTokens tokens) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/imports", "/api/v1/imports/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .securityContext(c -> c.securityContextRepository(contexts))
                .httpBasic(b -> b.authenticationEntryPoint(problems).securityContextRepository(contexts))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(r -> r.disable())
                .csrf(c -> c.requireCsrfProtectionMatcher(CredentialRequests::needsCsrf))
                .addFilterBefore(new StatelessCredentials(), SecurityContextHolderFilter.class)
                .addFilterAfter(new EndedSessions(accounts), CsrfFilter.class)
                .addFilterBefore(new BearerTokens(tokens, contexts), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ProblemResponses problems, SessionContexts contexts,
                              UserAccountRepository accounts, DemoMode demo, SingleSignOn sso, SsoUsers ssoUsers)
            throws Exception {
        http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(ApiDocsAccess.PATHS).access(new ApiDocsAccess(demo))
                        .requestMatchers("/actuator/**", "/admin/**", "/imports", "/imports/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .securityContext(c -> c.securityContextRepository(contexts))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::signInFailed).permitAll())
                .httpBasic(b -> b.authenticationEntryPoint(problems).securityContextRepository(contexts))
                // the actuator is for machines (Prometheus scrapes text): 401, never the sign-in page
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems,
                        request -> request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .csrf(c -> c.requireCsrfProtectionMatcher(CredentialRequests::needsCsrf))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
                .addFilterBefore(new StatelessCredentials(), SecurityContextHolderFilter.class)
                .addFilterAfter(new EndedSessions(accounts), CsrfFilter.class)
                .addFilterAfter(new PasswordChangeGate(), BasicAuthenticationFilter.class);
        if (sso.enabled()) {
            SavedRequestAwareAuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();
            // the provider's access token is not used after sign-in; it stays in the session, not in a node's memory
            http.oauth2Login(o -> o.loginPage("/login").clientRegistrationRepository(sso.registrations())
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(u -> u.oidcUserService(ssoUsers))
                    .successHandler((request, response, auth) -> {
                        then.onAuthenticationSuccess(request, response, signInAsAccount(auth, contexts, request,
                                response));
                    })
                    .failureHandler((request, response, e) -> response.sendRedirect("/login?sso-failed")));
        }
        return http.build();
    }

    /** After single sign-on the session holds the Frontline login, as after a password sign-in. */
    private static Authentication signInAsAccount(Authentication auth, SessionContexts contexts,
                                                  HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal account = ((AccountOidcUser) auth.getPrincipal()).account();
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.authorities());
        signedIn.setDetails(auth.getDetails());
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, response);
        return signedIn;
    }

    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException e) throws IOException {
        response.sendRedirect(request.getContextPath() + (e instanceof SignInThrottled t
                ? "/login?throttled=" + t.seconds() : "/login?error"));
    }
}
