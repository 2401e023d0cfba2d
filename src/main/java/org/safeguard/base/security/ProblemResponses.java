package org.safeguard.base.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes a problem document straight to the response. The security filters answer before Spring
 * MVC, and {@code sendError}'s error dispatch would land in the UI's login redirect.
 */
final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param reason a code for machines ({@code expired}, {@code scope}), or null */
    static void write(HttpServletResponse response, HttpStatus status, String detail, String reason)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (reason != null) {
            problem.put("reason", reason);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), problem);
    }

    private ProblemResponses() {}
}
