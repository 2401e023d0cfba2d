package org.safeguard.memberstate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.processes.MemberStateEngagementProcess.Element;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.memberstate.internal.EngagementKey;
import org.safeguard.memberstate.internal.EngagementMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements of Member States and their dated steps. The engagement process opens, records and
 * closes them; the conduct officer's tasks are completed through {@link #noteVerbaleSent} and
 * {@link #informationProvided}, which record the step and complete the task of that engagement in
 * one transaction (if the engine refuses, the step is not recorded). Every recorded step is announced
 * ({@link EngagementStepRecorded}); the steps that write to the Member State produce a note verbale.
 */
@Service
public class MemberStateEngagements {

    /** The longest note verbale number kept with the step. */
    public static final int NOTE_REFERENCE_MAX = 40;

    private final EngagementMapper mapper;
    private final ApplicationEventPublisher events;
    private final OpenTasks tasks;
    private final Clock clock;

    MemberStateEngagements(EngagementMapper mapper, ApplicationEventPublisher events, OpenTasks tasks, Clock clock) {
        this.mapper = mapper;
        this.events = events;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Opens an engagement and answers its id. */
    @Transactional
    public long open(NewEngagement engagement) {
        List<Violation> violations = new ArrayList<>();
        if (engagement.caseReference() == null || engagement.caseReference().isBlank()) {
            violations.add(new Violation("caseReference", "is required"));
        }
        if (engagement.nationality() == null || engagement.nationality().length() != 2) {
            violations.add(new Violation("nationality", "must be an ISO 3166-1 alpha-2 code"));
        }
        if (engagement.purpose() == null) {
            violations.add(new Violation("purpose", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        EngagementKey key = new EngagementKey();
        mapper.insert(engagement, clock.instant(), key);
        return key.getValue();
    }

    /** Records a step of an open engagement, dated now. */
    @Transactional
    public void recordStep(long engagementId, EngagementStepKind kind, String detailCode) {
        openEngagement(engagementId);
        Instant now = clock.instant();
        mapper.insertStep(EngagementStep.of(engagementId, kind, now, detailCode));
        events.publishEvent(new EngagementStepRecorded(engagementId, kind, now));
    }

    /** Gives an open engagement its outcome; the step {@code CLOSED} carries it. */
    @Transactional
    public void close(long engagementId, EngagementOutcome outcome) {
        openEngagement(engagementId);
        Instant now = clock.instant();
        if (mapper.close(engagementId, outcome, now) == 0) {
            throw new EngagementClosedException(engagementId);
        }
        mapper.insertStep(EngagementStep.of(engagementId, EngagementStepKind.CLOSED, now, outcome.name()));
    }

    /**
     * The conduct officer has sent the note verbale; completes task {@code taskId}. Safeguard numbers
     * the note itself ({@link NotesVerbales}); {@code noteReference} is the officer's own dispatch
     * reference (the mission's receipt or registry number), optional, at most
     * {@value #NOTE_REFERENCE_MAX} characters.
     */
    @Transactional
    public void noteVerbaleSent(String taskId, long engagementId, String dispatchReference) {
        String noteReference =
                dispatchReference == null || dispatchReference.isBlank() ? null : dispatchReference.strip();
        requireShortReference(noteReference);
        openEngagement(engagementId);
        OpenTask task = taskOf(taskId, Element.user_send_note_verbale, engagementId);
        Instant now = clock.instant();
        mapper.insertStep(EngagementStep.of(engagementId, EngagementStepKind.NOTE_VERBALE_SENT, now, noteReference));
        // The numbered note verbale is made, stored and mailed by NotesVerbales on this event.
        events.publishEvent(new EngagementStepRecorded(engagementId, EngagementStepKind.NOTE_VERBALE_SENT, now));
        tasks.complete(
                task,
                ProcessVariables.with(Variables.NOTE_SENT_AT, Date.from(now)).asMap());
    }

    /** The conduct officer has provided the information the Member State asked for; completes task {@code taskId}. */
    @Transactional
    public void informationProvided(String taskId, long engagementId) {
        openEngagement(engagementId);
        OpenTask task = taskOf(taskId, Element.user_provide_information, engagementId);
        mapper.insertStep(
                EngagementStep.of(engagementId, EngagementStepKind.INFORMATION_PROVIDED, clock.instant(), null));
        tasks.complete(task, Map.of());
    }

    /** The open task {@code taskId} if it is {@code step} of this engagement; not found otherwise. */
    private OpenTask taskOf(String taskId, Element step, long engagementId) {
        return tasks.openOf(MemberStateEngagementProcess.KEY, taskId, step.id(), Variables.ENGAGEMENT_ID, engagementId);
    }

    @Transactional(readOnly = true)
    public Engagement get(long engagementId) {
        Engagement engagement = mapper.findById(engagementId);
        if (engagement == null) {
            throw new NotFoundException("Engagement " + engagementId);
        }
        return engagement;
    }

    /** The steps of one engagement, oldest first. */
    @Transactional(readOnly = true)
    public List<EngagementStep> history(long engagementId) {
        get(engagementId);
        return mapper.findSteps(engagementId);
    }

    /** Every engagement of a case, oldest first. */
    @Transactional(readOnly = true)
    public List<Engagement> ofCase(String caseReference) {
        return mapper.findByCase(caseReference);
    }

    /** Every engagement of the case with its steps, oldest first. */
    @Transactional(readOnly = true)
    public List<EngagementLadder> laddersOfCase(String caseReference) {
        return ofCase(caseReference).stream()
                .map(e -> new EngagementLadder(e, history(e.id())))
                .toList();
    }

    private static void requireShortReference(String noteReference) {
        if (noteReference != null && noteReference.length() > NOTE_REFERENCE_MAX) {
            throw new InvalidInputException(
                    List.of(new Violation("noteReference", "must be at most " + NOTE_REFERENCE_MAX + " characters")));
        }
    }

    private Engagement openEngagement(long engagementId) {
        Engagement engagement = mapper.findByIdForUpdate(engagementId);
        if (engagement == null) {
            throw new NotFoundException("Engagement " + engagementId);
        }
        if (engagement.isClosed()) {
            throw new EngagementClosedException(engagementId);
        }
        return engagement;
    }
}
