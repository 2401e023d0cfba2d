package org.safeguard.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;

class ModelDiffTest {

    private final String deployed = read("investigation.bpmn");

    @Test
    void the_same_model_has_no_changes_even_when_only_its_layout_moved() {
        String moved = deployed.replaceFirst("(<dc:Bounds x=\")(\\d+)", "$19$2");
        assertThat(moved).isNotEqualTo(deployed);

        assertThat(ModelDiff.between(bytes(deployed), bytes(moved))).isEmpty();
    }

    @Test
    void a_changed_timer_and_candidate_group_are_named_with_before_and_after() {
        String draft = deployed.replace("${investigationFirstWarningAt}", "${investigationSecondWarningAt}")
                .replace(
                        "id=\"user_plan_investigation\" name=\"Plan investigation\" camunda:candidateGroups=\"investigator\"",
                        "id=\"user_plan_investigation\" name=\"Plan investigation\" camunda:candidateGroups=\"manager\"");

        assertThat(ModelDiff.between(bytes(deployed), bytes(draft)))
                .containsExactlyInAnyOrder(
                        new ModelChange(
                                "timer_first_warning",
                                "intermediateCatchEvent",
                                ModelChange.Kind.CHANGED,
                                List.of(new ModelChange.Setting(
                                        "bpmn:timerEventDefinition/bpmn:timeDate",
                                        "${investigationFirstWarningAt}",
                                        "${investigationSecondWarningAt}"))),
                        new ModelChange(
                                "user_plan_investigation",
                                "userTask",
                                ModelChange.Kind.CHANGED,
                                List.of(new ModelChange.Setting(
                                        "camunda:candidateGroups", "investigator", "manager"))));
    }

    @Test
    void added_and_removed_elements_are_listed_with_their_type() {
        String draft = deployed.replace(
                "<bpmn:startEvent id=\"start_clock\" name=\"Clock started\">",
                "<bpmn:startEvent id=\"start_target_clock\" name=\"Clock started\">");

        assertThat(ModelDiff.between(bytes(deployed), bytes(draft)))
                .extracting(ModelChange::elementId, ModelChange::elementType, ModelChange::kind)
                .containsExactly(
                        tuple("start_target_clock", "startEvent", ModelChange.Kind.ADDED),
                        tuple("start_clock", "startEvent", ModelChange.Kind.REMOVED));
    }

    @Test
    void a_draft_that_is_not_xml_is_refused_at_its_field() {
        assertThatThrownBy(() -> ModelDiff.between(bytes(deployed), bytes("<definitions")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("content"));
    }

    @Test
    void a_doctype_is_refused_so_no_entity_is_ever_expanded() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"p\">&x;</process></definitions>";

        assertThatThrownBy(() -> ModelDiff.between(bytes(deployed), bytes(withEntity)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(String model) {
        try {
            return Files.readString(Path.of("processes", model));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
