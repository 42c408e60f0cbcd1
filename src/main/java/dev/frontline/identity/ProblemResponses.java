package dev.frontline.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401, 403 and 429 for the API (and for HTTP Basic on pages) as RFC 9457 problem details. The 401 challenges with
 * {@code Bearer}; it adds {@code Basic} only for a client that is not a browser, so that a browser never shows a
 * password dialog and never caches Basic credentials it would then send along with forged requests.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "realm=\"Frontline\"";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.seconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this login or from this "
                    + "address; try again in " + throttled.seconds() + " s.");
            return;
        }
        challenge(request, response);
        write(response, HttpStatus.UNAUTHORIZED,
                "Sign in with a personal access token (Authorization: Bearer), HTTP Basic or a browser session.");
    }

    static void challenge(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("WWW-Authenticate", "Bearer " + REALM);
        if (!CredentialRequests.fromBrowser(request)) {
            response.addHeader("WWW-Authenticate", "Basic " + REALM);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "You may not do this (or the CSRF token is missing).");
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
