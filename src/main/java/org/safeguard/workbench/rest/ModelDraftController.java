package org.safeguard.workbench.rest;

import java.util.Map;
import org.safeguard.base.NotFoundException;
import org.safeguard.workbench.DraftCheck;
import org.safeguard.workbench.DraftConflictException;
import org.safeguard.workbench.ModelDraft;
import org.safeguard.workbench.ModelDrafts;
import org.safeguard.workbench.ModelRefusedException;
import org.safeguard.workbench.ModelVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draft of a model: read, save (with the version it started from: 409 when another owner saved
 * since), check (rule findings and the difference from the deployed version; of the saved draft, or
 * of content sent with the check and not saved) and deploy.
 */
@RestController
@RequestMapping(path = "/api/models/{key}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
class ModelDraftController {

    private final ModelDrafts drafts;

    ModelDraftController(ModelDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping
    ModelDraft draft(@PathVariable String key) {
        return drafts.draft(key).orElseThrow(() -> new NotFoundException("Draft of " + key));
    }

    /** Body: {@code {"content": "<definitions …>", "baseVersion": 3}} ({@code baseVersion} absent for a first draft). */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ModelDraft save(@PathVariable String key, @RequestBody SaveDraft body) {
        return drafts.save(key, body.content(), body.baseVersion());
    }

    /** Throws the draft away (204); the deployed version stays as it is. */
    @DeleteMapping
    ResponseEntity<Void> discard(@PathVariable String key) {
        drafts.discard(key);
        return ResponseEntity.noContent().build();
    }

    /**
     * Checks the saved draft; with a body {@code {"content": "<definitions …>"}} checks that content
     * instead and saves nothing (what the editor's "Check" does).
     */
    @PostMapping("/check")
    DraftCheck check(@PathVariable String key, @RequestBody(required = false) CheckContent body) {
        return body == null || body.content() == null ? drafts.check(key) : drafts.check(key, body.content());
    }

    /** Body: {@code {"reason": "why"}}; 201 with the new version. */
    @PostMapping("/deploy")
    ResponseEntity<ModelVersion> deploy(
            @PathVariable String key, @RequestBody(required = false) Map<String, String> body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(drafts.deploy(key, body == null ? null : body.get("reason")));
    }

    @ExceptionHandler(DraftConflictException.class)
    ProblemDetail conflict(DraftConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("savedBy", e.current().savedBy());
        problem.setProperty("savedAt", e.current().savedAt().toString());
        problem.setProperty("version", e.current().version());
        return problem;
    }

    @ExceptionHandler(ModelRefusedException.class)
    ProblemDetail refused(ModelRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty(
                "errors",
                e.findings().stream()
                        .map(finding -> Map.of(
                                "field",
                                finding.elementId(),
                                "reason",
                                finding.message() + " [" + finding.rule() + "]"))
                        .toList());
        return problem;
    }

    record SaveDraft(String content, Integer baseVersion) {}

    record CheckContent(String content) {}
}
