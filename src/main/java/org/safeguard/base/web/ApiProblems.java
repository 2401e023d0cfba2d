package org.safeguard.base.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.tasks.TaskClosedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns refused input into {@code application/problem+json} that names each bad field and why.
 * Only for Safeguard's own {@code /api}; the engine's REST API answers in its own format.
 */
// Ahead of Boot's generic problem-details handler, which names no fields. Not limited to
// Safeguard's controllers: a wrong content type fails before any controller is chosen.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ApiProblems {

    static final URI INVALID_INPUT = URI.create("https://safeguard.example/problems/invalid-input");
    // Jackson's message for a primitive field left out while FAIL_ON_NULL_FOR_PRIMITIVES is on; it has no type of its
    // own.
    private static final String MISSING_PRIMITIVE = "Cannot map `null` into type";

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return badRequest("The request has invalid fields.", e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return mismatched(mismatch);
        }
        return badRequest(
                "The request body is not well-formed JSON.", List.of(new Violation("body", "malformed JSON")));
    }

    // A body a controller binds itself once it knows its type, e.g. a task's completion by the task's kind.
    @ExceptionHandler(MismatchedInputException.class)
    ResponseEntity<ProblemDetail> mismatched(MismatchedInputException e) {
        Violation violation = e.getPath().isEmpty()
                ? new Violation("body", "must be a JSON object of the fields this request takes")
                : new Violation(JsonPaths.of(e.getPath()), reason(e));
        return badRequest("The request has invalid fields.", List.of(violation));
    }

    @ExceptionHandler(TaskClosedException.class)
    ResponseEntity<ProblemDetail> taskClosed(TaskClosedException e) {
        ResponseEntity<ProblemDetail> response = problem(
                HttpStatus.CONFLICT,
                e.getMessage() + ": it was completed, or cancelled as its process moved on. Nothing was recorded.");
        response.getBody().setProperty("reason", "TASK_CLOSED");
        return response;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return badRequest(
                "The request body must be JSON.", List.of(new Violation("Content-Type", "must be application/json")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> target = e.getRequiredType();
        String reason = target == null
                ? "has the wrong type"
                : target.isEnum()
                        ? "must be one of " + Arrays.toString(target.getEnumConstants())
                        : "is not a valid " + TypeNames.of(target);
        return badRequest("The request has invalid parameters.", List.of(new Violation(e.getName(), reason)));
    }

    // Thrown by a feature service when the role may not do this at all; out-of-scope cases answer 404.
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Your role may not do this.");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static String reason(MismatchedInputException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof InvalidNullException || e.getMessage().startsWith(MISSING_PRIMITIVE)) {
            return "is required";
        }
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        if (e instanceof InvalidFormatException && target != null) {
            return "is not a valid " + TypeNames.of(target);
        }
        return "has the wrong type";
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail, List<Violation> violations) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, detail);
        ProblemDetail body = response.getBody();
        body.setType(INVALID_INPUT);
        body.setProperty("errors", violations);
        return response;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** Renders Jackson's path as a caller writes it: {@code subjects[0].nationality}. */
    static final class JsonPaths {

        static String of(List<JsonMappingException.Reference> path) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference ref : path) {
                if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                } else {
                    field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
                }
            }
            return field.toString();
        }

        private JsonPaths() {}
    }

    static final class TypeNames {

        static String of(Class<?> type) {
            return switch (type.getSimpleName()) {
                case "LocalDate" -> "date (yyyy-mm-dd)";
                case "Instant" -> "timestamp (ISO 8601 with offset, e.g. 2026-11-20T09:30:00Z)";
                case "Boolean", "boolean" -> "boolean (true or false)";
                case "Integer", "int", "Long", "long" -> "whole number";
                default -> type.getSimpleName();
            };
        }

        private TypeNames() {}
    }
}
