package org.safeguard.casefile.rest;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.casefile.CaseDetails;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseFilter;
import org.safeguard.casefile.CaseIntake;
import org.safeguard.casefile.CaseOverview;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.IdempotencyConflictException;
import org.safeguard.casefile.IdempotencyKey;
import org.safeguard.casefile.NewAllegation;
import org.safeguard.casefile.RegisteredCase;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Intake from other channels, and a case by its reference. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_PAGE = 200;

    private final CaseIntake intake;
    private final CaseFiles cases;

    CaseController(CaseIntake intake, CaseFiles cases) {
        this.intake = intake;
        this.cases = cases;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseCreated> register(
            @RequestBody NewAllegation allegation,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            Principal principal) {
        RegisteredCase registered = intake.register(allegation, idempotencyKey(principal, key));
        return ResponseEntity.created(URI.create("/api/cases/" + registered.reference()))
                .header(REPLAYED, Boolean.toString(registered.replayed()))
                .body(new CaseCreated(registered.reference(), registered.status()));
    }

    /** The cases in the caller's scope, newest first; {@code total} counts the same rows. */
    @GetMapping
    CasePage list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException(List.of(new Violation(
                    offset < 0 ? "offset" : "limit",
                    offset < 0 ? "must be 0 or more" : "must be between 1 and " + MAX_PAGE)));
        }
        return new CasePage(cases.count(CaseFilter.NONE), cases.search(CaseFilter.NONE, offset, limit));
    }

    @GetMapping("/{reference}")
    CaseDetails find(@PathVariable String reference) {
        return cases.find(reference).orElseThrow(() -> new NotFoundException("Case " + reference));
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("errors", List.of(new Violation(IDEMPOTENCY_KEY, "was used for a different request")));
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    private static IdempotencyKey idempotencyKey(Principal principal, String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank()
                || key.length() > IdempotencyKey.MAX_LENGTH
                || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidInputException(List.of(new Violation(
                    IDEMPOTENCY_KEY, "must be 1 to " + IdempotencyKey.MAX_LENGTH + " visible ASCII characters")));
        }
        return new IdempotencyKey(principal.getName(), key);
    }

    record CasePage(long total, List<CaseOverview> items) {}

    record CaseCreated(String reference, CaseStatus status) {}
}
