package dev.frontline.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.GenericFilterBean;

/**
 * A request that carries its own credentials never creates a session. Whatever asks for one while it is handled (a
 * CSRF token for a page's forms, a flash attribute, a saved request) gets a session that lives only as long as the
 * request; a session that already exists (the request also has a session cookie) is used as it is, but its signed-in
 * user is not: {@link SessionContexts} ignores it.
 *
 * <p>Runs first in both chains and on every dispatch (an error page asks for a CSRF token too).
 */
class StatelessCredentials extends GenericFilterBean {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && CredentialRequests.carriesOwnCredentials(http)
                && !(request instanceof NoNewSession)) {
            chain.doFilter(new NoNewSession(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The request as the application sees it: no container session is ever created for it. */
    static final class NoNewSession extends HttpServletRequestWrapper {

        private @Nullable HttpSession throwaway;

        NoNewSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing != null) {
                return existing;
            }
            if (throwaway == null && create) {
                throwaway = new RequestOnlySession(getServletContext());
            }
            return throwaway;
        }

        @Override
        public HttpSession getSession() {
            HttpSession session = getSession(true);
            assert session != null;
            return session;
        }

        @Override
        public String changeSessionId() {
            return getSession().getId();
        }
    }

    /** A session that is forgotten when the request ends: no cookie, nothing stored. */
    private static final class RequestOnlySession implements HttpSession {

        private final ServletContext context;
        private final String id = "request-only-" + UUID.randomUUID();
        private final long created = System.currentTimeMillis();
        private final Map<String, Object> attributes = new HashMap<>();
        private int maxInactive;

        RequestOnlySession(ServletContext context) {
            this.context = context;
        }

        @Override
        public long getCreationTime() {
            return created;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public long getLastAccessedTime() {
            return created;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            maxInactive = interval;
        }

        @Override
        public int getMaxInactiveInterval() {
            return maxInactive;
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, @Nullable Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void invalidate() {
            attributes.clear();
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }
}
