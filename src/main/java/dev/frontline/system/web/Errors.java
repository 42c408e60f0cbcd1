package dev.frontline.system.web;

import dev.frontline.system.ShellProvider;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error no controller answered — a 405 or 404 before any handler, an upload too large for the server, an
 * exception from a filter, a bug — ends here (asked for directly, {@code /error} is a page that does not exist), in place of Spring Boot's whitelabel page and its ad-hoc JSON: a
 * friendly page for the browser, an RFC 9457 problem detail for everyone else. Never a stack trace or an exception's
 * message; server errors are logged with the path they happened on.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class Errors implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(Errors.class);

    private final ShellProvider shells;

    Errors(ShellProvider shells) {
        this.shells = shells;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        logServerError(request, status);
        return new ModelAndView(PageErrors.VIEW, Map.of("shell", shells.shell(request), "status", status.value(),
                "error", title(status), "message", pageMessage(status)), status);
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        logServerError(request, status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(status, title(status), apiMessage(status, response.getHeader("Allow"))));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Not for you";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case CONTENT_TOO_LARGE -> "Too large";
            case UNAUTHORIZED -> "Unauthorized";
            default -> status.is4xxClientError() ? "Bad request" : "Something went wrong";
        };
    }

    private static String pageMessage(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "This page is not part of your role. Ask an administrator if you need it.";
            case NOT_FOUND -> "There is nothing here, or nothing you may see.";
            case CONTENT_TOO_LARGE -> "The upload is larger than Frontline accepts (200 MB a request, 100 MB a file).";
            default -> status.is4xxClientError() ? "The request was not understood (" + status.getReasonPhrase() + ")."
                    : "The error is logged. Try again in a moment.";
        };
    }

    private static String apiMessage(HttpStatus status, @Nullable String allowed) {
        return switch (status) {
            case NOT_FOUND -> "Nothing here, or nothing you may see.";
            case METHOD_NOT_ALLOWED -> allowed == null ? "This endpoint does not take that method."
                    : "This endpoint takes " + String.join(", ", java.util.Arrays.stream(allowed.split(","))
                            .map(String::trim).filter(m -> !m.isEmpty()).toList()) + " only.";
            case CONTENT_TOO_LARGE -> "The request is larger than Frontline accepts (200 MB a request, 100 MB a file).";
            case UNAUTHORIZED -> "Sign in first.";
            case FORBIDDEN -> "Not part of your role.";
            default -> status.is4xxClientError() ? "The request was not understood (" + status.getReasonPhrase() + ")."
                    : "Something went wrong on our side; it is logged. Try again in a moment.";
        };
    }

    private static void logServerError(HttpServletRequest request, HttpStatus status) {
        if (status.is5xxServerError()) {
            @Nullable Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error("{} on {}", status.value(), request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    error instanceof Throwable t ? t : null);
        }
    }
}
