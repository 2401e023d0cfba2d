package org.safeguard.casefile.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.casefile.Entities;
import org.safeguard.casefile.NewAllegation;
import org.safeguard.casefile.NewSubject;
import org.safeguard.memberstate.MemberStates;
import org.springframework.stereotype.Component;

/** The rules an allegation must meet before anything is written, for the API and the UI alike. */
@Component
public class IntakeRules {

    /** Clocks of the sending systems drift; a receipt a little ahead of ours is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The earliest time zone: an incident dated later than this date anywhere is after receipt. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final Validator validator;
    private final Entities entities;
    private final MemberStates memberStates;
    private final Clock clock;

    IntakeRules(Validator validator, Entities entities, MemberStates memberStates, Clock clock) {
        this.validator = validator;
        this.entities = entities;
        this.memberStates = memberStates;
        this.clock = clock;
    }

    /** @throws InvalidInputException naming every violation found */
    public void check(NewAllegation allegation) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<NewAllegation> v : validator.validate(allegation)) {
            violations.add(new Violation(fieldOf(v), v.getMessage()));
        }
        checkDates(allegation, violations);
        checkReferences(allegation, violations);
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            throw new InvalidInputException(violations);
        }
    }

    private void checkDates(NewAllegation allegation, List<Violation> violations) {
        if (allegation.receivedAt() == null) {
            return;
        }
        if (allegation.receivedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            violations.add(new Violation("receivedAt", "must not be in the future"));
        }
        if (allegation.incidentDate() != null
                && allegation
                        .incidentDate()
                        .isAfter(allegation.receivedAt().atOffset(EARLIEST_ZONE).toLocalDate())) {
            violations.add(new Violation("incidentDate", "must not be after the date the allegation was received"));
        }
    }

    private void checkReferences(NewAllegation allegation, List<Violation> violations) {
        if (allegation.entity() != null && !allegation.entity().isBlank() && !entities.exists(allegation.entity())) {
            violations.add(new Violation("entity", "is not a known mission or agency code"));
        }
        List<NewSubject> subjects = allegation.subjects() == null ? List.of() : allegation.subjects();
        for (int i = 0; i < subjects.size(); i++) {
            NewSubject subject = subjects.get(i);
            if (subject == null) {
                continue;
            }
            String field = "subjects[" + i + "].nationality";
            if (subject.nationality() == null) {
                if (subject.personnelCategory() != null
                        && subject.personnelCategory().isUniformed()) {
                    violations.add(new Violation(field, "is required for uniformed personnel"));
                }
            } else if (subject.nationality().length() == 2 && !memberStates.isMemberState(subject.nationality())) {
                violations.add(new Violation(field, "is not a Member State (ISO 3166-1 alpha-2, upper case)"));
            }
        }
    }

    /** {@code subjects[0].<list element>} reads better as {@code subjects[0]}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }
}
