package org.safeguard.base.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors and administrators; others get 403 from {@link AuditTrail}. */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    AuditPage browse(
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String caseReference,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return new AuditPage(
                offset, limit, trail.browse(new AuditQuery(from, to, caseReference, actor), offset, limit));
    }

    /** One page, newest first; fewer events than {@code limit} means it is the last. */
    record AuditPage(int offset, int limit, List<AuditEvent> events) {}
}
