package dev.frontline.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Where the signed-in user is kept: in the session for a browser; for a request that carries its own credentials,
 * only for the length of the request, so that it is authenticated by those credentials alone, even when it also
 * sends a session cookie.
 */
@Component
class SessionContexts implements SecurityContextRepository {

    private final SecurityContextRepository browser = new DelegatingSecurityContextRepository(
            new HttpSessionSecurityContextRepository(), new RequestAttributeSecurityContextRepository());
    private final SecurityContextRepository stateless = new RequestAttributeSecurityContextRepository();

    private SecurityContextRepository of(HttpServletRequest request) {
        return CredentialRequests.carriesOwnCredentials(request) ? stateless : browser;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return of(request).loadDeferredContext(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return of(holder.getRequest()).loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return of(request).containsContext(request);
    }
}
