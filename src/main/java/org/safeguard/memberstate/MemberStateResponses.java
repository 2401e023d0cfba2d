package org.safeguard.memberstate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.memberstate.internal.EngagementMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives Member States' replies. Every valid reply is recorded; only a new reply to an open
 * engagement is announced ({@link MemberStateReplied}) for the engine. A duplicate, or a reply to
 * a closed engagement, is recorded and changes nothing: the sender gets no error for it.
 */
@Service
public class MemberStateResponses {

    private static final Set<EngagementStepKind> REPLY_OR_ANSWER =
            Set.of(EngagementStepKind.REPLY_RECEIVED, EngagementStepKind.INFORMATION_PROVIDED);
    private static final int MAX_OFFICER_FIELD = 200;

    private final EngagementMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    MemberStateResponses(EngagementMapper mapper, ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ReplyHandling receive(long engagementId, MemberStateReply reply) {
        validate(reply);
        Engagement engagement = mapper.findByIdForUpdate(engagementId);
        if (engagement == null) {
            throw new NotFoundException("Engagement " + engagementId);
        }
        Instant receivedAt = reply.receivedAt() != null ? reply.receivedAt() : clock.instant();
        ReplyHandling handling = handlingOf(engagement, reply.kind());
        mapper.insertStep(new EngagementStep(engagementId, stepOf(handling), receivedAt, reply.kind().name(),
                reply.investigationOfficerName(), reply.investigationOfficerContact()));
        audit.record(AuditEntry.of(AuditAction.MEMBER_STATE_REPLY_RECEIVED, engagement.caseReference(),
                "engagement:" + engagementId, reply.kind() + " " + handling));
        if (handling == ReplyHandling.ACCEPTED) {
            events.publishEvent(new MemberStateReplied(engagementId, reply.kind(), receivedAt));
        }
        return handling;
    }

    private ReplyHandling handlingOf(Engagement engagement, ReplyKind kind) {
        if (engagement.isClosed()) {
            return ReplyHandling.LATE;
        }
        // The same answer again, before anything was done about the first one, is a duplicate.
        EngagementStep last = mapper.findSteps(engagement.id()).stream()
                .filter(step -> REPLY_OR_ANSWER.contains(step.kind()))
                .reduce((first, second) -> second).orElse(null);
        boolean duplicate = last != null && last.kind() == EngagementStepKind.REPLY_RECEIVED
                && kind.name().equals(last.detailCode());
        return duplicate ? ReplyHandling.DUPLICATE : ReplyHandling.ACCEPTED;
    }

    private static EngagementStepKind stepOf(ReplyHandling handling) {
        return switch (handling) {
            case ACCEPTED -> EngagementStepKind.REPLY_RECEIVED;
            case DUPLICATE -> EngagementStepKind.DUPLICATE_REPLY;
            case LATE -> EngagementStepKind.LATE_REPLY;
        };
    }

    private static void validate(MemberStateReply reply) {
        List<Violation> violations = new ArrayList<>();
        if (reply == null || reply.kind() == null) {
            violations.add(new Violation("kind", "is required"));
        } else if (reply.kind().namesInvestigationOfficer() && isBlank(reply.investigationOfficerName())) {
            violations.add(new Violation("investigationOfficerName", "is required when the Member State investigates"));
        }
        if (reply != null && tooLong(reply.investigationOfficerName())) {
            violations.add(new Violation("investigationOfficerName", "is longer than " + MAX_OFFICER_FIELD));
        }
        if (reply != null && tooLong(reply.investigationOfficerContact())) {
            violations.add(new Violation("investigationOfficerContact", "is longer than " + MAX_OFFICER_FIELD));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean tooLong(String value) {
        return value != null && value.length() > MAX_OFFICER_FIELD;
    }
}
