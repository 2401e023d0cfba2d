package org.safeguard.accountability.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.accountability.DisciplinaryDecision;
import org.safeguard.accountability.EntityMeasures;
import org.safeguard.base.Violation;

/** The disciplinary and entity-measures forms: two required texts each, refused at their own field. */
class MeasureFormsTest {

    @Test
    void a_disciplinary_decision_is_handed_over_as_typed_blank_as_null() {
        DisciplinaryForm form = new DisciplinaryForm();
        form.measures().setValue("Separation from service");
        form.reasons().setValue(" ");

        assertThat(form.decision()).isEqualTo(new DisciplinaryDecision("Separation from service", null));
    }

    @Test
    void a_disciplinary_refusal_shows_at_each_field_it_names_and_keeps_the_text() {
        DisciplinaryForm form = new DisciplinaryForm();
        form.measures().setValue("Written censure");

        form.showViolations(List.of(new Violation("reasons", "required")));

        assertThat(form.reasons().isInvalid()).isTrue();
        assertThat(form.reasons().getErrorMessage()).startsWith("Give the reasons");
        assertThat(form.measures().isInvalid()).isFalse();
        assertThat(form.measures().getValue()).isEqualTo("Written censure");
    }

    @Test
    void the_entitys_measures_are_handed_over_as_typed() {
        EntityMeasuresForm form = new EntityMeasuresForm();
        form.responsibleEntity().setValue("Partner NGO");
        form.measuresText().setValue("Contract terminated");

        assertThat(form.measures()).isEqualTo(new EntityMeasures("Partner NGO", "Contract terminated"));
    }

    @Test
    void a_missing_entity_and_measures_are_refused_at_their_fields() {
        EntityMeasuresForm form = new EntityMeasuresForm();
        assertThat(form.measures()).isEqualTo(new EntityMeasures(null, null));

        form.showViolations(
                List.of(new Violation("responsibleEntity", "required"), new Violation("measures", "required")));

        assertThat(form.responsibleEntity().getErrorMessage()).isEqualTo("Name the responsible entity.");
        assertThat(form.measuresText().getErrorMessage()).startsWith("Describe the measures");
        assertThat(form.responsibleEntity().isInvalid()).isTrue();
        assertThat(form.measuresText().isInvalid()).isTrue();
    }
}
