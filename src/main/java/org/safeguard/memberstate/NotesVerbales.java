package org.safeguard.memberstate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.memberstate.internal.EngagementMapper;
import org.safeguard.memberstate.internal.NoteFacts;
import org.safeguard.memberstate.internal.NoteVerbaleContent;
import org.safeguard.memberstate.internal.NoteVerbaleMail;
import org.safeguard.memberstate.internal.NoteVerbaleMapper;
import org.safeguard.memberstate.internal.NoteVerbaleRenderer;
import org.safeguard.memberstate.internal.NoteVerbaleRenderer.TemplateException;
import org.safeguard.memberstate.internal.NoteVerbaleRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes verbales of the engagement ladders. Every notification, reminder, escalation and
 * follow-up recorded on an engagement produces a numbered note ({@code SG/NV/2026/000123}) in the
 * Member State's language, from the template in use, stored as PDF and mailed to the permanent
 * mission and the focal points, all in the transaction that records the step.
 */
@Service
public class NotesVerbales {

    private static final Logger log = LoggerFactory.getLogger(NotesVerbales.class);

    private final NoteVerbaleMapper mapper;
    private final EngagementMapper engagements;
    private final NoteVerbaleTemplates templates;
    private final NoteVerbaleRenderer renderer;
    private final NoteVerbaleMail mail;
    private final ObjectProvider<ReplyDeadlines> deadlines;
    private final CaseVisibility cases;
    private final Accounts accounts;
    private final AuditTrail audit;

    NotesVerbales(
            NoteVerbaleMapper mapper,
            EngagementMapper engagements,
            NoteVerbaleTemplates templates,
            NoteVerbaleRenderer renderer,
            NoteVerbaleMail mail,
            ObjectProvider<ReplyDeadlines> deadlines,
            CaseVisibility cases,
            Accounts accounts,
            AuditTrail audit) {
        this.mapper = mapper;
        this.engagements = engagements;
        this.templates = templates;
        this.renderer = renderer;
        this.mail = mail;
        this.deadlines = deadlines;
        this.cases = cases;
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void on(EngagementStepRecorded step) {
        if (NoteVerbaleContent.NOTE_STEPS.contains(step.kind())) {
            issue(step.engagementId(), step.kind(), step.occurredAt());
        }
    }

    /** Makes, stores and mails the note verbale of a step of the ladder, dated {@code at}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public NoteVerbale issue(long engagementId, EngagementStepKind kind, Instant at) {
        NoteFacts facts = mapper.findFacts(engagementId);
        if (facts == null) {
            throw new NotFoundException("Engagement " + engagementId);
        }
        String language =
                NoteVerbaleTemplates.LANGUAGES.contains(facts.language().getLanguage())
                        ? facts.language().getLanguage()
                        : "en";
        String number = "SG/NV/%d/%06d".formatted(at.atZone(ZoneOffset.UTC).getYear(), mapper.nextNumber());
        NoteVerbale first = mapper.findFirstOfEngagement(engagementId);
        Instant replyBy = replyBy(engagementId, kind, at);
        NoteVerbaleContent content = new NoteVerbaleContent(
                number,
                Locale.forLanguageTag(language),
                at,
                facts.memberStateName(),
                facts.caseReference(),
                facts.personnelCategory(),
                facts.entityCode(),
                facts.purpose(),
                kind,
                replyBy,
                first == null ? null : first.number(),
                first == null ? null : first.createdAt());
        NoteVerbaleTemplate template = templates.current(language);
        byte[] pdf = render(template, content);
        if (pdf == null) {
            template = templates.shipped(language);
            pdf = render(template, content);
        }
        NoteVerbale note = new NoteVerbale(number, engagementId, kind, language, template.version(), at);
        mapper.insert(new NoteVerbaleRow(number, engagementId, kind, language, template.version(), at, replyBy, pdf));
        mail.send(facts, note, content, pdf);
        audit.record(AuditEntry.of(
                AuditAction.NOTE_VERBALE_ISSUED,
                facts.caseReference(),
                "engagement:" + engagementId,
                number + " " + kind));
        return note;
    }

    /** The notes verbales of these engagements, oldest first; what the engagement ladders show. */
    @Transactional(readOnly = true)
    public List<NoteVerbale> ofEngagements(Collection<Long> engagementIds) {
        return engagementIds.stream()
                .flatMap(id -> mapper.findByEngagement(id).stream())
                .toList();
    }

    /** A note verbale for whoever sees its case (a focal point: of their own Member State); else not found. */
    @Transactional(readOnly = true)
    public NoteVerbale find(String number) {
        NoteVerbale note = mapper.findByNumber(number);
        if (note == null) {
            throw new NotFoundException("Note verbale " + number);
        }
        Engagement engagement = engagements.findById(note.engagementId());
        cases.requireVisible(engagement.caseReference());
        CaseScope scope = cases.scope();
        if (scope.nationalsOnly()) {
            String nationality =
                    accounts.find(scope.username()).map(Account::nationality).orElse(null);
            if (!Objects.equals(nationality, engagement.nationality())) {
                throw new NotFoundException("Note verbale " + number);
            }
        }
        return note;
    }

    /**
     * The PDF as sent, on the same terms as {@link #find}. Every read leaves {@code NOTE_VERBALE_READ}
     * in the audit trail: the note names the case and the Member State's national's category.
     */
    @Transactional
    public byte[] pdf(String number) {
        NoteVerbale note = find(number);
        Engagement engagement = engagements.findById(note.engagementId());
        audit.record(AuditEntry.of(
                AuditAction.NOTE_VERBALE_READ,
                engagement.caseReference(),
                "engagement:" + note.engagementId(),
                number));
        return mapper.findPdf(number).content();
    }

    /** The PDF, or null when an owner's template fails (it rendered when accepted): the shipped one then serves. */
    private byte[] render(NoteVerbaleTemplate template, NoteVerbaleContent content) {
        try {
            return renderer.render(template.body(), content.values());
        } catch (TemplateException e) {
            if (template.version() == 0) {
                throw e;
            }
            log.error(
                    "Note verbale template {} v{} failed, the shipped one is used: {}",
                    template.language(),
                    template.version(),
                    e.getMessage());
            return null;
        }
    }

    private Instant replyBy(long engagementId, EngagementStepKind kind, Instant at) {
        ReplyDeadlines policy = deadlines.getIfAvailable();
        if (policy == null) {
            return null;
        }
        Instant sentAt = Objects.requireNonNullElse(mapper.findFirstSentAt(engagementId), at);
        return policy.replyBy(engagements.findById(engagementId), kind, sentAt, at)
                .orElse(null);
    }
}
