package dev.frontline.system.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the limits is refused before any controller is chosen, so no controller's advice sees it:
 * answered here, for every path, as a problem detail (413) that says the limits. (Left to Spring's default, the
 * error dispatch would parse the oversized body again and answer 413 with no body at all.)
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "Too large",
                        "The request is larger than Frontline accepts (200 MB a request, 100 MB a file)."));
    }
}
