package org.safeguard.memberstate;

import java.util.List;
import java.util.Optional;
import org.safeguard.base.process.PendingTimer;
import org.safeguard.base.process.PendingTimers;
import org.safeguard.memberstate.internal.EngagementMapper;
import org.safeguard.memberstate.internal.PendingRow;
import org.safeguard.memberstate.internal.Responders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in focal point sees of their own Member State's engagements: those waiting for
 * its reply, with the deadlines the engine holds, and the replies it gave. Only engagements of the
 * focal point's nationality, and nothing of victims: everyone else gets empty lists.
 */
@Service
public class MemberStatePortal {

    /** The engagement process's variable that carries the engagement's id. */
    public static final String ENGAGEMENT_ID_VARIABLE = "engagementId";

    static final int HISTORY_LIMIT = 200;

    private final EngagementMapper mapper;
    private final Responders responders;
    private final PendingTimers timers;
    private final MemberStates memberStates;

    MemberStatePortal(EngagementMapper mapper, Responders responders, PendingTimers timers, MemberStates memberStates) {
        this.mapper = mapper;
        this.responders = responders;
        this.timers = timers;
        this.memberStates = memberStates;
    }

    /** The Member State the signed-in focal point answers for. */
    public Optional<MemberState> memberState() {
        return responders.ownMemberState().flatMap(memberStates::find);
    }

    /** Engagements whose note verbale went out and that wait for the Member State, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<PendingEngagement> pending() {
        return responders
                .ownMemberState()
                .map(code ->
                        mapper.findPending(code).stream().map(this::pending).toList())
                .orElse(List.of());
    }

    /** One engagement waiting for the focal point's Member State; empty for any other engagement. */
    @Transactional(readOnly = true)
    public Optional<PendingEngagement> pending(long engagementId) {
        return pending().stream()
                .filter(pending -> pending.engagement().id() == engagementId)
                .findFirst();
    }

    /** The Member State's replies, newest first, with the actions they reported. */
    @Transactional(readOnly = true)
    public List<RecordedReply> replies() {
        return responders
                .ownMemberState()
                .map(code -> mapper.findReplies(code, HISTORY_LIMIT).stream()
                        .map(reply -> reply.withActions(mapper.findActions(reply.replyId())))
                        .toList())
                .orElse(List.of());
    }

    private PendingEngagement pending(PendingRow row) {
        long id = row.engagement().id();
        List<LadderDeadline> ladder = timers.ofInstancesWith(ENGAGEMENT_ID_VARIABLE, id).stream()
                .flatMap(timer -> deadline(timer).stream())
                .toList();
        return new PendingEngagement(
                row.engagement(),
                row.entity(),
                row.personnelCategory(),
                row.notifiedAt(),
                ladder,
                mapper.findSteps(id));
    }

    private static Optional<LadderDeadline> deadline(PendingTimer timer) {
        return LadderRung.ofTimer(timer.activityId()).map(rung -> new LadderDeadline(rung, timer.due()));
    }
}
