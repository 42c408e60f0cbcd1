package dev.frontline.system.web;

import dev.frontline.system.ShellProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The friendly page for errors no controller handled (403 from security, 405, 500 …), in place of Spring Boot's
 * whitelabel page: a title and a short message, never a stack trace.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final ShellProvider shells;

    ErrorPages(ShellProvider shells) {
        this.shells = shells;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String title = switch (status) {
            case FORBIDDEN -> "Not for you";
            case NOT_FOUND -> "Not found";
            default -> status.is4xxClientError() ? "That did not work" : "Something went wrong";
        };
        String message = switch (status) {
            case FORBIDDEN -> "This page is not part of your role. Ask an administrator if you need it.";
            case NOT_FOUND -> "There is nothing here, or nothing you may see.";
            default -> status.is4xxClientError() ? "The request was not understood (" + status.getReasonPhrase() + ")."
                    : "The error is logged. Try again in a moment.";
        };
        return new ModelAndView(PageErrors.VIEW, Map.of("shell", shells.shell(request), "status", status.value(),
                "error", title, "message", message), status);
    }
}
