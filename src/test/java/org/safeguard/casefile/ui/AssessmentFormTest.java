package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.Violation;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.SubjectGroup;

/** The assessment form without a server: what it hands the service, and where refusals show. */
class AssessmentFormTest {

    final AssessmentForm form = new AssessmentForm(List.of(
            new SubjectGroup(11, PersonnelCategory.MILITARY_CONTINGENT, "CA", List.of("Battalion 3"), null, null),
            new SubjectGroup(12, PersonnelCategory.CIVILIAN_STAFF, null, List.of(), null, null)));

    @Test
    void the_typed_answers_become_one_assessment_per_subject_group() {
        form.breaches(0).setValue(true);
        form.breaches(1).setValue(false);
        form.reason(1).setValue("Consensual, adult, no exchange");

        assertThat(form.assessments())
                .containsExactly(
                        new GroupAssessment(11, true, null),
                        new GroupAssessment(12, false, "Consensual, adult, no exchange"));
    }

    @Test
    void a_refusal_shows_at_the_field_of_its_row_in_words_and_keeps_what_was_typed() {
        form.breaches(0).setValue(true);
        form.breaches(1).setValue(false);

        form.showViolations(List.of(
                new Violation("assessments[1].reason", "is required when the acts would not breach the standards")));

        assertThat(form.reason(1).isInvalid()).isTrue();
        assertThat(form.reason(1).getErrorMessage()).startsWith("Give the reason");
        assertThat(form.reason(0).isInvalid()).isFalse();
        assertThat(form.breaches(0).getValue()).isTrue();
        assertThat(form.breaches(1).getValue()).isFalse();
    }

    @Test
    void a_corrected_field_loses_its_error_on_the_next_refusal() {
        form.showViolations(List.of(new Violation("assessments[0].breachesStandards", "must be answered")));
        assertThat(form.breaches(0).isInvalid()).isTrue();

        form.showViolations(List.of(new Violation("assessments[1].breachesStandards", "must be answered")));

        assertThat(form.breaches(0).isInvalid()).isFalse();
        assertThat(form.breaches(1).isInvalid()).isTrue();
    }

    @Test
    void a_violation_of_the_whole_form_is_told_in_the_users_words() {
        assertThat(ViolationMessages.row(new Violation("assessments", "must assess every subject group")))
                .isEqualTo(-1);
        assertThat(ViolationMessages.message(new Violation("assessments", "must assess every subject group")))
                .isEqualTo("Assess every subject group of the case once.");
        assertThat(ViolationMessages.row(new Violation("assessments[3].reason", "x")))
                .isEqualTo(3);
        assertThat(ViolationMessages.field(new Violation("assessments[3].reason", "x")))
                .isEqualTo("reason");
    }
}
