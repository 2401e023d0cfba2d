package org.safeguard.workbench.rest;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.safeguard.sandbox.ModelSandbox;
import org.safeguard.workbench.Model;
import org.safeguard.workbench.ModelFile;
import org.safeguard.workbench.ModelLibrary;
import org.safeguard.workbench.ModelVersion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The model library for process owners and administrators: the models and their versions, a version
 * as its file (to bring a change made in production back into {@code processes/}), and roll back.
 */
@RestController
@RequestMapping("/api/models")
class ModelLibraryController {

    private final ModelLibrary library;

    ModelLibraryController(ModelLibrary library) {
        this.library = library;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<Model> models() {
        return library.models();
    }

    /** What a model may call: the model sandbox's list (docs/sandbox.md). */
    @GetMapping(path = "/sandbox", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ModelSandbox.Allowance> sandbox() {
        return library.sandbox();
    }

    @GetMapping("/{key}/versions/{version}/file")
    ResponseEntity<byte[]> file(@PathVariable String key, @PathVariable int version) {
        ModelFile file = library.file(key, version);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_XML)
                .body(file.content());
    }

    /** Body: {@code {"reason": "why"}}; 201 with the new version. */
    @PostMapping(path = "/{key}/versions/{version}/redeploy", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ModelVersion> rollBack(
            @PathVariable String key,
            @PathVariable int version,
            @RequestBody(required = false) Map<String, String> body) {
        ModelVersion created = library.rollBack(key, version, body == null ? null : body.get("reason"));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    /** An earlier version that today's model rules refuse: each finding, on its element. */
    @ExceptionHandler(ParseException.class)
    ProblemDetail refused(ParseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty(
                "errors",
                e.getResorceReports().stream()
                        .flatMap(report -> report.getErrors().stream())
                        .map(error ->
                                Map.of("field", String.valueOf(error.getMainElementId()), "reason", error.getMessage()))
                        .toList());
        return problem;
    }
}
