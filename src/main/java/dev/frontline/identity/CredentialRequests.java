package dev.frontline.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a request carries: its own credentials (an {@code Authorization: Basic} or {@code Bearer} header, sent by a
 * script), or a session cookie (sent by a browser, also to a forged cross-site request). The two are kept apart:
 * a request with its own credentials is authenticated by them alone, never by a session, and creates none; a request
 * with a session cookie is CSRF-checked whatever else it carries.
 */
final class CredentialRequests {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CredentialRequests() {
    }

    /** An {@code Authorization: Basic} or {@code Bearer} header. */
    static boolean carriesOwnCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return isScheme(authorization, "Basic ") || isScheme(authorization, "Bearer ");
    }

    static boolean isBearer(@Nullable String authorization) {
        return isScheme(authorization, "Bearer ");
    }

    /** A session cookie (even of a session that has ended) or a session already made for this request. */
    static boolean carriesSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null || request.getSession(false) != null;
    }

    /**
     * Every state-changing request is CSRF-checked, except one that carries its own credentials and no session
     * cookie: a forged cross-site request cannot set an Authorization header, and browsers are never asked for Basic
     * credentials (see {@link #fromBrowser}), so they have none cached to attach.
     */
    static boolean needsCsrf(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        return carriesSession(request) || !carriesOwnCredentials(request);
    }

    /**
     * Whether the request comes from a browser, which must never be challenged for Basic credentials (it would
     * show a dialog, then attach the typed password to every later request, forged ones included): it says so with
     * a fetch-metadata header, an htmx or XMLHttpRequest header, an HTML Accept, a session cookie or a browser's
     * user agent.
     */
    static boolean fromBrowser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String agent = request.getHeader("User-Agent");
        return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("HX-Request") != null || request.getHeader("X-Requested-With") != null
                || (accept != null && accept.contains("text/html")) || request.getRequestedSessionId() != null
                || (agent != null && agent.startsWith("Mozilla/"));
    }

    private static boolean isScheme(@Nullable String authorization, String scheme) {
        return authorization != null && authorization.regionMatches(true, 0, scheme, 0, scheme.length());
    }
}
