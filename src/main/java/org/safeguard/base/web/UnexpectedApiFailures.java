package org.safeguard.base.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last resort for {@code /api}: a 500 problem document that says nothing was recorded (the
 * transaction rolled back) and shows no stack trace. Last in order, so every specific handler
 * (Spring MVC's own included) answers first.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "org.safeguard")
class UnexpectedApiFailures {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedApiFailures.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException) {
            throw e;
        }
        log.error("Request failed; its transaction was rolled back", e);
        return ApiProblems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Safeguard could not complete the request; nothing was recorded. Try again later.");
    }
}
