package org.safeguard.worklist.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguard.base.tasks.Confirmation;
import org.safeguard.base.tasks.TaskCompletion;

class CompletionSchemasTest {

    record Notes(String summary, boolean urgent) {}

    @Test
    void a_kinds_schema_is_named_for_the_kind_without_its_user_prefix() {
        assertThat(CompletionSchemas.name("user_assess_allegation")).isEqualTo("AssessAllegationBody");
        assertThat(CompletionSchemas.ref("user_follow_up")).isEqualTo("#/components/schemas/FollowUpBody");
    }

    @Test
    void kinds_that_share_a_body_record_get_a_schema_each() {
        CompletionSchemas.KindSchema plan =
                CompletionSchemas.of(TaskCompletion.of("user_plan", Notes.class, (id, b) -> {}));
        CompletionSchemas.KindSchema report =
                CompletionSchemas.of(TaskCompletion.of("user_report", Notes.class, (id, b) -> {}));

        assertThat(plan.body()).isNotSameAs(report.body());
        assertThat(plan.body().getName()).isEqualTo("PlanBody");
        assertThat(plan.body().getExtensions()).containsEntry(CompletionSchemas.KIND_EXTENSION, "user_plan");
        assertThat(plan.body().getProperties()).containsOnlyKeys("summary", "urgent");
        assertThat(plan.referenced()).doesNotContainKey("Notes");
    }

    @Test
    void a_confirmation_takes_no_fields() {
        CompletionSchemas.KindSchema informed =
                CompletionSchemas.of(TaskCompletion.of("user_inform_victim", Confirmation.class, (id, b) -> {}));

        assertThat(informed.body().getProperties()).isNullOrEmpty();
    }
}
