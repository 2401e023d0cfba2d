package org.safeguard.casefile.internal;

import java.time.Clock;
import java.time.Instant;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.casefile.CaseRecorded;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.NewAllegation;
import org.safeguard.casefile.RegisteredCase;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Victims;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes a checked allegation and announces it, inside the caller's transaction. */
@Component
public class CaseRecorder {

    private final CaseMapper cases;
    private final SubjectGroups subjectGroups;
    private final Victims victims;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    CaseRecorder(
            CaseMapper cases,
            SubjectGroups subjectGroups,
            Victims victims,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock,
            AuditTrail audit) {
        this.cases = cases;
        this.subjectGroups = subjectGroups;
        this.victims = victims;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RegisteredCase record(NewAllegation allegation) {
        long id = cases.nextId();
        Instant now = clock.instant();
        String reference = CaseReferences.of(now, id);
        boolean minorInvolved = allegation.victims().stream().anyMatch(v -> v.ageGroup() == AgeGroup.CHILD);
        cases.insert(new CaseRow(
                id,
                reference,
                allegation.receivedAt(),
                now,
                currentUser.username(),
                allegation.channel(),
                allegation.entity(),
                allegation.dutyStation(),
                allegation.incidentDate(),
                allegation.allegationType(),
                minorInvolved,
                allegation.summary(),
                CaseStatus.RECEIVED));
        subjectGroups.record(id, allegation.subjects());
        victims.register(id, allegation.victims());
        audit.record(AuditEntry.of(AuditAction.CASE_RECORDED, reference, null, auditDetail(allegation)));
        events.publishEvent(new CaseRecorded(
                reference, allegation.receivedAt(), allegation.entity(), allegation.allegationType(), minorInvolved));
        // The lifecycle has moved the status on by now; answer with what is true.
        return new RegisteredCase(reference, cases.findByReference(reference).status(), false);
    }

    // Codes and counts only: the summary and the victims' identities stay out of the trail.
    static String auditDetail(NewAllegation allegation) {
        return "channel=" + allegation.channel() + " entity=" + allegation.entity()
                + " type=" + allegation.allegationType() + " subjects="
                + allegation.subjects().size()
                + " victims=" + allegation.victims().size();
    }
}
