package dev.frontline.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by {@code Authorization: Bearer <personal access token>}: an unknown, expired or
 * revoked token (or one of a disabled login) answers 401; a read-only token answers 403 to anything but a read.
 */
class BearerTokens extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    BearerTokens(ApiTokens tokens, SecurityContextRepository contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (!CredentialRequests.isBearer(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        var use = tokens.authenticate(authorization.substring("Bearer ".length()).trim());
        if (use.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer " + ProblemResponses.REALM + ", error=\"invalid_token\"");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "The token is unknown, expired or revoked.");
            return;
        }
        if (use.get().readOnly() && !CredentialRequests.SAFE_METHODS.contains(request.getMethod())) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "This token is read-only: it may only read (GET).");
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(use.get().principal(), use.get().tokenId(),
                use.get().readOnly()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
