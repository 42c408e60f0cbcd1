package dev.frontline.system.web;

import dev.frontline.shared.NotFoundException;
import dev.frontline.system.Shell;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Friendly pages for the browser: a 404 that reveals nothing, a 400 naming what is wrong; never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    static final String VIEW = "system/error";

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest request, Model model, HttpServletResponse response) {
        return error(request, model, response, 404, "Not found", "There is nothing here, or nothing you may see.");
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    String badRequest(Exception e, HttpServletRequest request, Model model, HttpServletResponse response) {
        String message = e instanceof MethodArgumentTypeMismatchException m
                ? "'" + m.getValue() + "' is not a valid " + m.getName() : e.getMessage();
        return error(request, model, response, 400, "That did not work", message);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletRequest request, Model model, HttpServletResponse response) {
        return error(request, model, response, 409, "Changed meanwhile",
                "Someone else changed this record while you were editing. Reload the page and apply your change again.");
    }

    /** The page chrome of the failed request: an exception handler's model does not get the controller's. */
    static Shell shell(HttpServletRequest request) {
        return request.getAttribute(Shell.ATTRIBUTE) instanceof Shell shell ? shell
                : Shell.signedOut(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static String error(HttpServletRequest request, Model model, HttpServletResponse response, int status,
                                String title, String message) {
        response.setStatus(status);
        model.addAttribute("shell", shell(request));
        model.addAttribute("status", status);
        model.addAttribute("error", title);
        model.addAttribute("message", message);
        return VIEW;
    }
}
