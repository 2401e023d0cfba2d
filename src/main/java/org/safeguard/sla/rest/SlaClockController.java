package org.safeguard.sla.rest;

import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.sla.CaseClock;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.ClockState;
import org.safeguard.sla.ClockStateConflictException;
import org.safeguard.sla.SlaClockFilter;
import org.safeguard.sla.SlaClocks;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SLA clocks in the caller's case scope, a page at a time; managers pause and resume them.
 * Focal points and process owners get 403 from {@link SlaClocks}.
 */
@RestController
@RequestMapping(path = "/api/sla-clocks", produces = MediaType.APPLICATION_JSON_VALUE)
class SlaClockController {

    static final int MAX_LIMIT = 200;

    private final SlaClocks clocks;

    SlaClockController(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @GetMapping
    ClockPage list(
            @RequestParam(required = false) ClockState state,
            @RequestParam(required = false) ClockKind clock,
            @RequestParam(required = false) String caseReference,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String memberState,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0) {
            throw new InvalidInputException(List.of(new Violation("offset", "must not be negative")));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(List.of(new Violation("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        SlaClockFilter filter = new SlaClockFilter(state, clock, caseReference, entity, memberState);
        return new ClockPage(offset, limit, clocks.count(filter), clocks.query(filter, offset, limit));
    }

    @GetMapping("/{id}")
    CaseClock read(@PathVariable String id) {
        return clocks.clock(id);
    }

    @PostMapping(path = "/{id}/pause", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseClock pause(@PathVariable String id, @RequestBody Reason reason) {
        return clocks.pause(id, reason.reason());
    }

    @PostMapping("/{id}/resume")
    CaseClock resume(@PathVariable String id) {
        return clocks.resume(id);
    }

    /** A pause of a paused clock, a resumption of a running one: 409, nothing changed. */
    @ExceptionHandler(ClockStateConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ClockStateConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }

    /** One page, soonest target first, and how many clocks match in all. */
    record ClockPage(int offset, int limit, long total, List<CaseClock> clocks) {}

    record Reason(String reason) {}
}
