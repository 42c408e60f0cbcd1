package dev.frontline.identity;

import dev.frontline.identity.internal.UserAccountRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose login was disabled, had its password reset or got a new role or place since the
 * session signed in: each request made with a session checks the login's session generation (one primary-key read).
 * The request then goes on as anonymous: 401 from the API, the sign-in page for a page.
 *
 * <p>The generation lives on the login, not in the session store, so this holds for any store (in memory today,
 * a shared JDBC store later) and on every node at once, with no registry of sessions to keep in step.
 */
class EndedSessions extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EndedSessions.class);

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    EndedSessions(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = CredentialRequests.carriesOwnCredentials(request) ? null : request.getSession(false);
        if (session != null) {
            Authentication auth = contexts.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p
                    && !accounts.sessionValid(p.accountId(), p.sessionGeneration())) {
                session.invalidate();
                contexts.setContext(contexts.createEmptyContext());
                log.info("Ended a session of '{}': the login was disabled, its password reset or its role changed",
                        p.username());
            }
        }
        chain.doFilter(request, response);
    }
}
