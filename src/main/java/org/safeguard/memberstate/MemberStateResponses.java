package org.safeguard.memberstate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.memberstate.internal.EngagementKey;
import org.safeguard.memberstate.internal.EngagementMapper;
import org.safeguard.memberstate.internal.ReplyFingerprint;
import org.safeguard.memberstate.internal.ReplyRow;
import org.safeguard.memberstate.internal.ReplyRules;
import org.safeguard.memberstate.internal.Responder;
import org.safeguard.memberstate.internal.Responders;
import org.safeguard.memberstate.internal.StoredReply;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives Member States' replies, from the focal-point portal, {@code POST /api/member-state-responses}
 * and managers recording a reply received on paper. A new reply to an open engagement is recorded
 * and announced ({@link MemberStateReplied}) for the engine. The same reply again (by its
 * Idempotency-Key, or identical to the last reply recorded) gets the first one's receipt and
 * records nothing. A reply to a closed engagement is refused ({@link EngagementClosedException}),
 * as is one to an open engagement whose process waits for no reply now
 * ({@link EngagementNotAwaitingReplyException}, raised by the engine's side when the reply finds no
 * waiting execution); one to an engagement the responder may not answer is not found. None of them
 * records anything.
 */
@Service
public class MemberStateResponses {

    private final EngagementMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;
    private final ReplyRules rules;
    private final Responders responders;

    private final CaseVisibility cases;

    MemberStateResponses(
            EngagementMapper mapper,
            ApplicationEventPublisher events,
            Clock clock,
            AuditTrail audit,
            ReplyRules rules,
            Responders responders,
            CaseVisibility cases) {
        this.mapper = mapper;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
        this.rules = rules;
        this.responders = responders;
    }

    /** A reply to the engagement {@code engagementId}, without an Idempotency-Key. */
    @Transactional
    public ReplyReceipt receive(long engagementId, MemberStateReply reply) {
        return receive(EngagementAddress.of(engagementId), reply, null);
    }

    /**
     * Records the reply for the engagement at {@code address}.
     *
     * @param key the client's Idempotency-Key, or null
     * @throws InvalidInputException naming every bad field
     * @throws NotFoundException when no such engagement exists for the responder's Member State
     * @throws EngagementClosedException when the engagement is closed and this is not a repeat of its last reply
     * @throws EngagementNotAwaitingReplyException when the engagement is open but its process waits for no reply
     * @throws ReplyKeyReusedException when the key was used for a different reply
     * @throws org.springframework.security.access.AccessDeniedException for roles that may not record replies
     */
    @Transactional
    public ReplyReceipt receive(EngagementAddress address, MemberStateReply reply, ReplyKey key) {
        Responder responder = responders.acting();
        rules.check(address, reply);
        String fingerprint = ReplyFingerprint.of(reply);
        if (key != null) {
            StoredReply earlier = mapper.findReplyByRequest(key.client(), key.key());
            if (earlier != null) {
                if (!fingerprint.equals(earlier.requestHash())) {
                    throw new ReplyKeyReusedException();
                }
                return earlier.receipt(true);
            }
        }
        Engagement engagement = lockAnswerable(resolve(address, responder), responder);
        StoredReply last = mapper.findLastReplyOrAnswer(engagement.id());
        if (last != null && last.isReply() && fingerprint.equals(last.requestHash())) {
            return last.receipt(true);
        }
        if (engagement.isClosed()) {
            throw new EngagementClosedException(engagement.id(), engagement.outcome());
        }
        return record(engagement, reply, responder, fingerprint, key);
    }

    private ReplyReceipt record(
            Engagement engagement, MemberStateReply reply, Responder responder, String fingerprint, ReplyKey key) {
        // The database keeps microseconds: a replayed receipt then reads exactly like the first one.
        Instant receivedAt =
                (reply.receivedAt() != null ? reply.receivedAt() : clock.instant()).truncatedTo(ChronoUnit.MICROS);
        EngagementKey stepId = new EngagementKey();
        mapper.insertReply(
                new ReplyRow(
                        engagement.id(),
                        reply.kind(),
                        receivedAt,
                        reply.investigationOfficerName(),
                        reply.investigationOfficerContact(),
                        reply.remark(),
                        responder.username(),
                        responder.onBehalf(),
                        fingerprint,
                        key == null ? null : key.client(),
                        key == null ? null : key.key()),
                stepId);
        reply.actions().forEach(action -> mapper.insertAction(stepId.getValue(), action));
        audit.record(AuditEntry.of(
                responder.onBehalf()
                        ? AuditAction.MEMBER_STATE_REPLY_RECORDED_ON_BEHALF
                        : AuditAction.MEMBER_STATE_REPLY_RECEIVED,
                engagement.caseReference(),
                "engagement:" + engagement.id(),
                reply.kind().name()));
        events.publishEvent(new MemberStateReplied(engagement.id(), reply.kind(), receivedAt));
        return new ReplyReceipt(
                engagement.id(), stepId.getValue(), engagement.caseReference(), reply.kind(), receivedAt, false);
    }

    /** The engagement the address names; for a subject group, the one open for it, else the one closed last. */
    private long resolve(EngagementAddress address, Responder responder) {
        if (address.engagementId() != null) {
            return address.engagementId();
        }
        List<Engagement> found =
                mapper.findForGroup(address.caseReference(), address.subjectGroupId(), address.purpose()).stream()
                        .filter(engagement -> responder.answersFor(engagement.nationality()))
                        .toList();
        if (found.isEmpty()) {
            throw notFound(address.caseReference() + " group " + address.subjectGroupId());
        }
        if (found.stream().filter(engagement -> !engagement.isClosed()).count() > 1) {
            throw new InvalidInputException(List.of(
                    new Violation("purpose", "is required: several engagements are open for this subject group")));
        }
        return found.get(0).id();
    }

    /** Locks the row, so two replies to one engagement are judged one after the other. */
    private Engagement lockAnswerable(long engagementId, Responder responder) {
        Engagement engagement = mapper.findByIdForUpdate(engagementId);
        // Another Member State's engagement is not found: its existence does not leak.
        if (engagement == null || !responder.answersFor(engagement.nationality())) {
            throw notFound(Long.toString(engagementId));
        }
        if (responder.onBehalf()) {
            // A manager or administrator excluded from the case (conflict of interest) does not reach it here either.
            cases.requireVisible(engagement.caseReference());
        }
        return engagement;
    }

    private static NotFoundException notFound(String what) {
        return new NotFoundException("Engagement " + what);
    }
}
