package org.safeguard.victim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.base.Violation;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Need;
import org.safeguard.victim.Sex;
import org.safeguard.victim.VictimSummary;

class NeedsFormTest {

    final NeedsForm form = new NeedsForm(new VictimSummary(7L, "V-7Q3KD", AgeGroup.ADULT, Sex.FEMALE, true));

    @Test
    void the_needs_chosen_reach_the_service_in_the_order_of_the_list() {
        form.needsField().setValue(Set.of(Need.CHILD_SUPPORT, Need.MEDICAL));

        assertThat(form.needs()).containsExactly(Need.MEDICAL, Need.CHILD_SUPPORT);
    }

    @Test
    void no_need_is_an_answer_not_a_missing_one() {
        assertThat(form.needs()).isEmpty();
    }

    @Test
    void needs_are_offered_translated() {
        assertThat(form.needsField().getItemLabelGenerator().apply(Need.CHILD_SUPPORT))
                .isEqualTo("Support for a child born of SEA");
    }

    @Test
    void a_refusal_shows_at_the_needs_and_keeps_the_choice() {
        form.needsField().setValue(Set.of(Need.LEGAL));

        form.showViolations(List.of(new Violation("needs", "unknown need")));

        assertThat(form.needsField().isInvalid()).isTrue();
        assertThat(form.needsField().getErrorMessage()).isEqualTo("Choose the needs found.");
        assertThat(form.needs()).containsExactly(Need.LEGAL);
    }
}
