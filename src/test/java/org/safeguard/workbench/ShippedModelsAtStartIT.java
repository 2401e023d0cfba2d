package org.safeguard.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a start does with {@code processes/} after a model was changed in production (issue 7 item
 * 9): the start deploys the files as the engine's Spring integration does, by name with duplicate
 * filtering, comparing each file with the copy the last start deployed, not with the newest
 * version. Replayed here with the running engine's own settings on two probe files, as four starts.
 */
@SafeguardIntegrationTest
class ShippedModelsAtStartIT {

    private static final String A = "processes/shipped-probe-a.bpmn";
    private static final String B = "processes/shipped-probe-b.bpmn";

    @Autowired
    RepositoryService repository;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTheProbes() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void a_production_change_stays_newest_until_the_repository_changes_that_file() {
        assertThat(((SpringProcessEngineConfiguration) engine).isDeployChangedOnly())
                .as("only changed files are deployed at a start")
                .isTrue();
        start(model("a", "P1D"), model("b", "P1D"));
        workbench(model("b", "P2D"));

        start(model("a", "P1D"), model("b", "P1D"));
        assertThat(newest("b"))
                .as("an unchanged repository leaves the production change newest")
                .contains("P2D");
        assertThat(version("b")).isEqualTo(2);

        start(model("a", "P5D"), model("b", "P1D"));
        assertThat(version("a")).as("a changed file becomes a new version").isEqualTo(2);
        assertThat(newest("b")).as("an unchanged file next to it does not").contains("P2D");

        start(model("a", "P5D"), model("b", "P2D"));
        assertThat(version("b"))
                .as("the production change brought back is deployed once more, as it is")
                .isEqualTo(3);
        assertThat(newest("b")).contains("P2D");
        start(model("a", "P5D"), model("b", "P2D"));
        assertThat(version("b")).isEqualTo(3);
    }

    @Test
    void a_repository_change_to_a_file_changed_in_production_replaces_the_production_version() {
        start(model("a", "P1D"), model("b", "P1D"));
        workbench(model("b", "P2D"));

        start(model("a", "P1D"), model("b", "P9D"));

        assertThat(version("b")).isEqualTo(3);
        assertThat(newest("b"))
                .as("the production change is lost unless it was brought back first")
                .contains("P9D")
                .doesNotContain("P2D");
    }

    /** A start: every file of processes/ under the engine's deployment name, unchanged ones filtered out. */
    private void start(String a, String b) {
        SpringProcessEngineConfiguration settings = (SpringProcessEngineConfiguration) engine;
        Deployment deployment = repository
                .createDeployment()
                .enableDuplicateFiltering(settings.isDeployChangedOnly())
                .name(settings.getDeploymentName() + " shipped-probe")
                .addString(A, a)
                .addString(B, b)
                .deploy();
        deployments.add(deployment.getId());
    }

    private void workbench(String b) {
        deployments.add(repository
                .createDeployment()
                .name("Longer wait agreed with the missions")
                .source(ModelLibrary.SOURCE)
                .addString(B.substring(B.indexOf('/') + 1), b)
                .deploy()
                .getId());
    }

    private ProcessDefinition latest(String which) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("shipped-probe-" + which)
                .latestVersion()
                .singleResult();
    }

    private int version(String which) {
        return latest(which).getVersion();
    }

    private String newest(String which) {
        try (InputStream file = repository.getProcessModel(latest(which).getId())) {
            return new String(file.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String model(String which, String wait) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://safeguard.org/test">
                  <process id="shipped-probe-%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="timer_wait"/>
                    <intermediateCatchEvent id="timer_wait">
                      <timerEventDefinition><timeDuration>%s</timeDuration></timerEventDefinition>
                    </intermediateCatchEvent>
                    <sequenceFlow id="f2" sourceRef="timer_wait" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """.formatted(which, wait);
    }
}
