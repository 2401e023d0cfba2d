package org.safeguard.victim;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.processes.VictimAssistanceProcess.Element;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.victim.internal.AssistanceTrackMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A victim's assistance track: consent to assistance, needs, follow-ups and closure. The
 * {@code complete...} methods record the advocate's work and complete the task with it, in one
 * transaction: if the engine refuses, nothing is recorded. The task must be that step of this
 * victim's track, so work cannot land on another victim's task.
 */
@Service
public class Assistance {

    private final AssistanceTrackMapper tracks;
    private final VictimConsents consents;
    private final OpenTasks tasks;
    private final Clock clock;
    private final CurrentUser user;

    Assistance(AssistanceTrackMapper tracks, VictimConsents consents, OpenTasks tasks, Clock clock, CurrentUser user) {
        this.user = user;
        this.tracks = tracks;
        this.consents = consents;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Consent gate: records who answered the offer of assistance; a yes opens the track. */
    @Transactional
    public void completeConsentGate(String taskId, long victimId, boolean given, ConsentGiver givenBy) {
        OpenTask task = taskOf(taskId, Element.user_record_consent, victimId);
        consents.record(victimId, ConsentScope.ASSISTANCE, given, givenBy);
        if (given && tracks.findStatus(victimId).isEmpty()) {
            tracks.insertTrack(victimId, TrackStatus.OPEN, clock.instant(), null);
        }
        tasks.complete(
                task,
                ProcessVariables.with(Variables.CONSENT_GIVEN, given)
                        .and(Variables.CONSENT_GIVEN_BY, givenBy.name())
                        .asMap());
    }

    @Transactional
    public void completeNeedsAssessment(String taskId, long victimId, List<Need> needs) {
        OpenTask task = taskOf(taskId, Element.user_assess_needs, victimId);
        recordNeeds(victimId, needs);
        tasks.complete(
                task,
                ProcessVariables.with(Variables.NEEDS, VictimAssistanceProcess.needCodes(needs))
                        .asMap());
    }

    /** Replaces the assessed needs; each need at most once. */
    @Transactional
    public void recordNeeds(long victimId, List<Need> needs) {
        List<Violation> violations = new ArrayList<>();
        if (needs == null) {
            violations.add(new Violation("needs", "required"));
        } else if (needs.stream().anyMatch(Objects::isNull)) {
            violations.add(new Violation("needs", "unknown need"));
        } else if (new HashSet<>(needs).size() != needs.size()) {
            violations.add(new Violation("needs", "each need at most once"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        tracks.deleteNeeds(victimId);
        needs.forEach(need -> tracks.insertNeed(victimId, need, now));
        // The needs held now are replaced; the history keeps each assessment for the advocates.
        tracks.insertAssessment(
                victimId, needs.stream().map(Need::name).collect(Collectors.joining(",")), now, user.username());
    }

    public List<Need> needs(long victimId) {
        return tracks.findNeeds(victimId);
    }

    @Transactional
    public void completeFollowUp(String taskId, long victimId, boolean continueAssistance) {
        OpenTask task = taskOf(taskId, Element.user_follow_up, victimId);
        tasks.complete(
                task,
                ProcessVariables.with(Variables.CONTINUE_ASSISTANCE, continueAssistance)
                        .asMap());
    }

    /** Ends the track as DECLINED, CLOSED or WITHDRAWN; a declined offer leaves a track too. */
    @Transactional
    public void closeTrack(long victimId, TrackStatus outcome) {
        if (outcome == null || outcome == TrackStatus.OPEN) {
            throw new InvalidInputException(List.of(new Violation("outcome", "DECLINED, CLOSED or WITHDRAWN")));
        }
        if (tracks.closeTrack(victimId, outcome, clock.instant()) == 0) {
            tracks.insertTrack(victimId, outcome, clock.instant(), clock.instant());
        }
    }

    /** The open task {@code taskId} if it is {@code step} of this victim's track; not found otherwise. */
    private OpenTask taskOf(String taskId, Element step, long victimId) {
        if (taskId == null || taskId.isBlank()) {
            throw new InvalidInputException(List.of(new Violation("taskId", "required")));
        }
        return tasks.openOf(VictimAssistanceProcess.KEY, taskId, step.id(), Variables.VICTIM_ID, victimId);
    }
}
