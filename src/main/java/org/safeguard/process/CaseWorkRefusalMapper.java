package org.safeguard.process;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine REST API's answer to case work attempted on it: 403 with a problem body that says
 * where the same work is done, instead of the engine's own authorization error.
 */
@Provider
public class CaseWorkRefusalMapper implements ExceptionMapper<CaseWorkOutsideSafeguard> {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @Override
    public Response toResponse(CaseWorkOutsideSafeguard refused) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Case work goes through Safeguard");
        problem.put("status", 403);
        problem.put("detail", refused.getMessage());
        problem.put("taskApi", CaseWorkOutsideSafeguard.TASK_API);
        return Response.status(Response.Status.FORBIDDEN)
                .type(PROBLEM_JSON)
                .entity(problem)
                .build();
    }
}
