package dev.frontline.system.web;

import dev.frontline.shared.NotFoundException;
import dev.frontline.system.ShellProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Friendly pages for the browser: a 404 that reveals nothing, a 400 naming what is wrong; never a stack trace.
 * Exception handlers get no model attributes, so the page chrome is built here for the request.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    static final String VIEW = "system/error";

    private final ShellProvider shells;

    PageErrors(ShellProvider shells) {
        this.shells = shells;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(Model model, HttpServletRequest request, HttpServletResponse response) {
        return error(model, request, response, 404, "Not found", "There is nothing here, or nothing you may see.");
    }

    /** Well-formed but wrong input (an amount too large, a period already over): 422 naming the field. */
    @ExceptionHandler(dev.frontline.shared.InvalidInput.class)
    String invalid(dev.frontline.shared.InvalidInput e, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        return error(model, request, response, 422, "That did not work", e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    String badRequest(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        String message = e instanceof MethodArgumentTypeMismatchException m
                ? "'" + m.getValue() + "' is not a valid " + m.getName() : e.getMessage();
        return error(model, request, response, 400, "That did not work", message);
    }

    @ExceptionHandler(BindException.class)
    String badParameters(BindException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return error(model, request, response, 400, "That did not work", ApiProblems.describe(e.getBindingResult()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(Model model, HttpServletRequest request, HttpServletResponse response) {
        return error(model, request, response, 409, "Changed meanwhile",
                "Someone else changed this record while you were editing. Reload the page and apply your change again.");
    }

    private String error(Model model, HttpServletRequest request, HttpServletResponse response, int status,
                         String title, String message) {
        response.setStatus(status);
        model.addAttribute("shell", shells.shell(request));
        model.addAttribute("status", status);
        model.addAttribute("error", title);
        model.addAttribute("message", message);
        return VIEW;
    }
}
