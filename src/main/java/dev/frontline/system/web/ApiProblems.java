package dev.frontline.system.web;

import dev.frontline.shared.Echo;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Malformed;
import dev.frontline.shared.StaleVersion;
import dev.frontline.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import dev.frontline.shared.NotFoundException;
import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem details for every API error: a title, a status and a detail naming what is wrong. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "Nothing here, or nothing you may see.");
    }

    /** Well-formed but wrong input: 422 with every problem named as {@code field: what is wrong}. */
    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", e.getMessage());
        problem.setProperty("errors", e.errors().stream().map(ApiProblems::capped).toList());
        return problem;
    }

    /** Malformed input — a value that cannot be read as its type: 400 naming the field. */
    @ExceptionHandler(Malformed.class)
    ProblemDetail malformed(Malformed e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
        problem.setProperty("errors", e.errors().stream().map(ApiProblems::capped).toList());
        return problem;
    }

    /** Any other argument refused as unreadable (a number that is no number): 400. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request",
                "Parameter '" + e.getName() + "' has an invalid value " + Echo.quote(e.getValue()));
    }

    /** A write from a stale version: 409 with the version stored now, to reload and apply the change again. */
    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage()
                + ". Reload it and apply your change again.");
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Someone else changed this record meanwhile; reload it and apply your change again.");
    }

    /**
     * A body that is not JSON, or JSON of the wrong shape: 400 naming the field and what it should be. An amount or
     * other value refused by its type ({@link InvalidInput} from a JSON creator, such as a {@link Money} too large)
     * is well-formed but invalid: 422 naming the field by its path in the body.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        InvalidInput invalid = cause(e, InvalidInput.class);
        JacksonException json = cause(e, JacksonException.class);
        String field = json == null ? null : JsonProblems.path(json);
        if (invalid != null) {
            ProblemDetail problem = invalid(field == null ? invalid : JsonProblems.at(field, invalid));
            return handleExceptionInternal(e, problem, headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
        }
        return handleExceptionInternal(e, problem(HttpStatus.BAD_REQUEST, "Bad request", JsonProblems.describe(json, field)),
                headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * A body that reads but breaks a Bean Validation constraint ({@code @PositiveOrZero} on an amount) is invalid:
     * 422 naming each field; a value that could not be bound to its type at all stays a 400.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        BindingResult binding = e.getBindingResult();
        if (binding.getFieldErrors().stream().anyMatch(org.springframework.validation.FieldError::isBindingFailure)) {
            return handleExceptionInternal(e, problem(HttpStatus.BAD_REQUEST, "Bad request", describe(binding)),
                    headers, HttpStatus.BAD_REQUEST, request);
        }
        java.util.List<String> errors = binding.getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).collect(Collectors.toList());
        binding.getGlobalErrors().forEach(g -> errors.add(g.getObjectName() + ": " + g.getDefaultMessage()));
        return handleExceptionInternal(e, invalid(new InvalidInput(errors.isEmpty() ? java.util.List.of("body: is not valid") : errors)),
                headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    /** Names every rejected parameter and value of a binding, for people to read. */
    static String describe(BindingResult binding) {
        String fields = binding.getFieldErrors().stream()
                .map(f -> "Parameter '" + f.getField() + "' has an invalid value " + Echo.quote(f.getRejectedValue()))
                .collect(Collectors.joining("; "));
        return fields.isEmpty() ? "The request's parameters are not valid" : fields;
    }

    private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A message cut to a few hundred characters, so that no error repeats a large input back. */
    static String capped(String message) {
        return message.length() <= 300 ? message : message.substring(0, 300) + "…";
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, capped(detail));
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
