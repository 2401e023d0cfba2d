package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safeguard.base.Violation;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.Entity;
import org.safeguard.casefile.IntakeChannel;
import org.safeguard.casefile.NewAllegation;
import org.safeguard.casefile.NewSubject;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.memberstate.MemberState;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.NewVictim;
import org.safeguard.victim.Sex;

/** The intake form without a browser: what it hands the service, and where refusals show. */
class AllegationFormTest {

    static final Entity MINUSCA = new Entity("MINUSCA", "MISSION", "Central African Republic mission");
    static final MemberState CANADA = new MemberState("CA", "Canada", "Canada");
    static final MemberState URUGUAY = new MemberState("UY", "Uruguay", "Uruguay");

    AllegationForm form = new AllegationForm(
            List.of(MINUSCA), List.of(CANADA, URUGUAY), Locale.ENGLISH, LocalDateTime.parse("2026-11-20T09:30:41"));

    void fill() {
        form.channel.setValue(IntakeChannel.HOTLINE);
        form.dutyStation.setValue(" Bangui ");
        form.incidentDate.setValue(LocalDate.parse("2026-11-02"));
        form.allegationType.setValue(AllegationType.TRANSACTIONAL_SEX);
        form.summary.setValue("narrative as reported");
        form.subjects.get(0).category.setValue(PersonnelCategory.MILITARY_CONTINGENT);
        form.subjects.get(0).nationality.setValue(CANADA);
        form.subjects.get(0).unit.setValue("Battalion 3");
    }

    @Test
    void a_new_form_is_received_now_for_the_officers_entity_with_one_empty_subject_and_no_victim() {
        NewAllegation allegation = form.allegation();

        assertThat(allegation.receivedAt()).isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
        assertThat(allegation.entity()).isEqualTo("MINUSCA");
        assertThat(allegation.subjects()).containsExactly(new NewSubject(null, null, null));
        assertThat(allegation.victims()).isEmpty();
        assertThat(allegation.summary()).isNull();
    }

    @Test
    void the_filled_form_becomes_the_allegation_the_api_would_take() {
        fill();
        VictimRow victim = form.addVictim();
        victim.name.setValue("Jane Example");
        victim.ageGroup.setValue(AgeGroup.ADULT);
        victim.sex.setValue(Sex.FEMALE);
        victim.contact.setValue("  ");
        victim.consent.setValue(true);
        form.addSubject().category.setValue(PersonnelCategory.CIVILIAN_STAFF);

        NewAllegation allegation = form.allegation();

        assertThat(allegation.channel()).isEqualTo(IntakeChannel.HOTLINE);
        assertThat(allegation.dutyStation()).isEqualTo("Bangui");
        assertThat(allegation.incidentDate()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(allegation.allegationType()).isEqualTo(AllegationType.TRANSACTIONAL_SEX);
        assertThat(allegation.subjects())
                .containsExactly(
                        new NewSubject(PersonnelCategory.MILITARY_CONTINGENT, "CA", "Battalion 3"),
                        new NewSubject(PersonnelCategory.CIVILIAN_STAFF, null, null));
        assertThat(allegation.victims())
                .containsExactly(new NewVictim("Jane Example", AgeGroup.ADULT, Sex.FEMALE, null, true));
    }

    @Test
    void each_violation_shows_on_the_field_it_names_including_fields_of_a_row() {
        fill();
        form.addSubject();
        form.addVictim();

        List<Violation> unplaced = form.showViolations(List.of(
                new Violation("incidentDate", "must not be after the date the allegation was received"),
                new Violation("subjects[1].nationality", "is required for uniformed personnel"),
                new Violation("victims[0].consentToAssistance", "must not be null"),
                new Violation("somethingElse", "is odd")));

        assertThat(form.incidentDate.isInvalid()).isTrue();
        assertThat(form.incidentDate.getErrorMessage())
                .isEqualTo("Must not be after the date the allegation was received.");
        assertThat(form.subjects.get(1).nationality.isInvalid()).isTrue();
        assertThat(form.subjects.get(1).nationality.getErrorMessage()).isEqualTo("Required for uniformed personnel.");
        assertThat(form.subjects.get(0).nationality.isInvalid()).isFalse();
        assertThat(form.victims.get(0).consent.isInvalid()).isTrue();
        assertThat(form.victims.get(0).consent.getErrorMessage())
                .isEqualTo("Record whether the victim consents to assistance.");
        assertThat(unplaced).extracting(Violation::field).containsExactly("somethingElse");
    }

    @Test
    void a_refusal_keeps_every_value_typed() {
        fill();
        NewAllegation before = form.allegation();

        form.showViolations(
                List.of(new Violation("summary", "must not be blank"), new Violation("subjects", "must not be empty")));

        assertThat(form.allegation()).usingRecursiveComparison().isEqualTo(before);
        assertThat(form.summary.getErrorMessage()).isEqualTo("Write a summary of what was reported.");
        assertThat(form.subjectsError.getText())
                .isEqualTo("Add at least one alleged perpetrator, even if little is known.");
    }

    @Test
    void showing_new_violations_clears_the_old_ones() {
        form.showViolations(List.of(new Violation("dutyStation", "must not be blank")));

        form.showViolations(List.of(new Violation("channel", "must not be null")));

        assertThat(form.dutyStation.isInvalid()).isFalse();
        assertThat(form.dutyStation.getErrorMessage()).isNullOrEmpty();
        assertThat(form.channel.isInvalid()).isTrue();
    }

    @Test
    void a_path_to_a_row_that_no_longer_exists_names_no_field() {
        assertThat(form.fieldOf("subjects[3].unit")).isEmpty();
        assertThat(form.fieldOf("victims[0].name")).isEmpty();
        assertThat(form.fieldOf("subjects[0].unit")).containsSame(form.subjects.get(0).unit);
        assertThat(form.fieldOf("receivedAt")).containsSame(form.receivedAt);
    }

    @Test
    void the_officers_own_entity_rule_reads_as_a_sentence_not_as_a_code() {
        assertThat(ViolationTexts.of(
                        new Violation("entity", "must be UNMISS, the entity you register allegations for")))
                .isEqualTo("You register allegations for your own entity only.");
        assertThat(ViolationTexts.of(new Violation("receivedAt", "must not be in the future")))
                .isEqualTo("Must not be in the future.");
    }

    @Test
    void no_refusal_reaches_the_officer_in_the_words_of_bean_validation() {
        assertThat(ViolationTexts.of(new Violation("channel", "must not be null")))
                .isEqualTo("Choose how the allegation was received.");
        assertThat(ViolationTexts.of(new Violation("subjects[2].personnelCategory", "must not be null")))
                .isEqualTo("Choose the personnel category.");
        assertThat(ViolationTexts.of(new Violation("dutyStation", "size must be between 0 and 100")))
                .isEqualTo("This is too long: at most 100 characters.");
        assertThat(ViolationTexts.of(new Violation("subjects", "size must be between 0 and 50")))
                .isEqualTo("At most 50 may be recorded on one allegation.");
        assertThat(ViolationTexts.of(new Violation("subjects[0].nationality", "size must be between 2 and 2")))
                .isEqualTo("Not a Member State.");
        assertThat(ViolationTexts.of(new Violation("incidentDate", "must be a past date")))
                .isEqualTo("This value is not accepted; check it and try again.");
    }

    @Test
    void required_fields_are_marked_before_anything_is_typed_and_nationality_once_the_subject_is_uniformed() {
        assertThat(List.<HasValue<?, ?>>of(
                        form.receivedAt,
                        form.channel,
                        form.entity,
                        form.dutyStation,
                        form.allegationType,
                        form.summary))
                .allMatch(HasValue::isRequiredIndicatorVisible);
        assertThat(form.incidentDate.isRequiredIndicatorVisible()).isFalse();
        SubjectRow subject = form.subjects.get(0);
        assertThat(subject.category.isRequiredIndicatorVisible()).isTrue();
        assertThat(subject.nationality.isRequiredIndicatorVisible()).isFalse();

        subject.category.setValue(PersonnelCategory.FORMED_POLICE_UNIT);
        assertThat(subject.nationality.isRequiredIndicatorVisible()).isTrue();
        subject.category.setValue(PersonnelCategory.CIVILIAN_STAFF);
        assertThat(subject.nationality.isRequiredIndicatorVisible()).isFalse();

        VictimRow victim = form.addVictim();
        assertThat(List.<HasValue<?, ?>>of(victim.ageGroup, victim.sex, victim.consent))
                .allMatch(HasValue::isRequiredIndicatorVisible);
        assertThat(victim.name.isRequiredIndicatorVisible()).isFalse();
    }
}
