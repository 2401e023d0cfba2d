package org.safeguard.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The process owner's journey through the workbench, in a real browser: open sea-case, change the
 * assessment's deadline, meet the finding for a task without candidate group, fix it, read the
 * diff, deploy, migrate two running cases, and see them continue on the new version with the new
 * deadline.
 */
@SafeguardIntegrationTest
class OwnerWorkbenchBrowserIT extends BrowserTestBase {

    static final String KEY = "sea-case";
    static final String TASK = "user_assess_allegation";
    static final String NEW_DUE = "${deadlines.due(execution, 'PRELIMINARY_ASSESSMENT')}";

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    int shippedVersion;

    @BeforeEach
    void start() {
        jdbc.update("DELETE FROM model_draft WHERE model_key = ?", KEY);
        shippedVersion = latest().getVersion();
    }

    /** Later tests start their cases on a sea-case as shipped: the shipped version goes back on top. */
    @AfterEach
    void restoreTheShippedModel() {
        if (api != null && latest().getVersion() != shippedVersion) {
            HttpResponse<String> rolledBack = api.send(
                    "owner",
                    "POST",
                    "/api/models/" + KEY + "/versions/" + shippedVersion + "/redeploy",
                    "{\"reason\":\"OwnerWorkbenchBrowserIT puts the shipped model back\"}");
            assertThat(rolledBack.statusCode()).as(rolledBack.body()).isBetween(200, 201);
        }
    }

    @Test
    void an_owner_changes_a_deadline_fixes_a_finding_deploys_and_moves_two_running_cases_onto_the_new_version() {
        String first = registerAndWaitForAssessment("2019-05-06T09:00:00Z");
        String second = registerAndWaitForAssessment("2019-05-07T09:00:00Z");
        assertThat(assessment(first).getDueDate().toInstant())
                .as("due five working days after receipt, in 2019")
                .isBefore(Instant.parse("2020-01-01T00:00:00Z"));

        session.signIn("owner");
        session.open("/models");
        session.click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-model-key='" + KEY + "'] a.models-edit"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("bpmn-editor[drawn]")));

        selectOnDiagram(TASK);
        openPanelGroup("group-CamundaPlatform__UserAssignment");
        replace(panelInput("candidateGroups"), "");
        replace(panelInput("dueDate"), NEW_DUE);
        waitForModel(TASK, "dueDate", NEW_DUE);
        waitForModel(TASK, "candidateGroups", null);
        colleagueSavesADraft();
        session.click(button("save-draft"));
        session.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.keep-mine"))));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".draft-status"), "Draft 2 saved"));
        session.click(button("check-draft"));

        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("bpmn-editor g.djs-element.sg-finding[data-element-id='" + TASK + "']")));
        wait.until(d -> gridText("model-findings").contains("candidate-group"));
        assertThat(button("deploy-draft").getAttribute("disabled"))
                .as("a finding blocks the deployment")
                .isNotNull();
        session.screenshot("workbench-finding");

        replace(panelInput("candidateGroups"), "intake");
        waitForModel(TASK, "candidateGroups", "intake");
        session.click(button("check-draft"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".draft-status"), "Checked, not saved: no findings"));
        wait.until(d -> button("deploy-draft").getAttribute("disabled") == null);
        assertThat(browser.findElements(By.cssSelector("bpmn-editor g.djs-element.sg-finding")))
                .isEmpty();
        String diff = gridText("model-changes");
        assertThat(diff).contains(TASK, "deadlines.dueFrom(execution, 'PRELIMINARY_ASSESSMENT', receivedAt)", NEW_DUE);
        session.screenshot("workbench-diff");

        session.click(button("deploy-draft"));
        confirmWithReason("The assessment deadline runs from the migration, not from receipt");
        int deployed = shippedVersion + 1;
        wait.until(ExpectedConditions.urlContains("/models/" + KEY + "/migrate/" + shippedVersion + "/" + deployed));

        for (String reference : List.of(first, second)) {
            replace(
                    wait.until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("vaadin-text-field.migration-filter input"))),
                    reference);
            wait.until(d -> gridText("migration-instances").contains(reference));
            session.click(button("migration-select-shown"));
        }
        session.click(button("migration-start"));
        confirmWithReason("Two cases follow the new assessment deadline");
        String batchId = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-batch-id]")))
                .getAttribute("data-batch-id");
        runBatch(batchId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".migration-progress"), "2 of 2 moved, 0 failed"));
        session.screenshot("workbench-migrated");

        String newDefinition = definition(deployed).getId();
        for (String reference : List.of(first, second)) {
            assertThat(runtime.createProcessInstanceQuery()
                            .processInstanceBusinessKey(reference)
                            .processDefinitionKey(KEY)
                            .singleResult()
                            .getProcessDefinitionId())
                    .isEqualTo(newDefinition);
            assertThat(assessment(reference).getDueDate().toInstant())
                    .as("the deadline runs from the migration")
                    .isAfter(Instant.now().minus(Duration.ofDays(1)));
        }

        session.open("/models/" + KEY + "/live");
        WebElement waiting = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("bpmn-diagram .sg-live-badge[data-element-id='" + TASK + "'] .sg-live-active")));
        assertThat(Integer.parseInt(waiting.getText()))
                .as("the live view counts the moved cases at the assessment")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void check_saves_nothing_another_owner_could_see_and_deploy_waits_for_a_change() {
        session.signIn("owner");
        session.open("/models/" + KEY + "/edit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("bpmn-editor[drawn]")));
        wait.until(d -> deployReason().contains("no change from deployed version " + shippedVersion));
        assertThat(button("deploy-draft").getAttribute("disabled"))
                .as("nothing to deploy")
                .isNotNull();
        assertThat(lintBadgeContrast()).as("bpmnlint's badge, WCAG AA").isGreaterThanOrEqualTo(4.5);
        hoverDeploy();
        wait.until(d -> String.valueOf(session.js("return Array.from(document.querySelectorAll("
                        + "'vaadin-tooltip-overlay')).map(o => o.opened ? o.textContent : '').join(' ')"))
                .contains("Nothing to deploy"));

        selectOnDiagram(TASK);
        openPanelGroup("group-CamundaPlatform__UserAssignment");
        String groups = String.valueOf(modelValue(TASK, "candidateGroups"));
        replace(panelInput("candidateGroups"), "");
        waitForModel(TASK, "candidateGroups", null);
        wait.until(d -> button("deploy-draft").getAttribute("disabled") == null);

        session.click(button("check-draft"));
        wait.until(d -> gridText("model-findings").contains("candidate-group"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".draft-status"), "finding(s) block"));
        assertThat(button("deploy-draft").getAttribute("disabled"))
                .as("the finding blocks it")
                .isNotNull();
        assertThat(deployReason()).contains("Fix the", "finding(s) that block the deployment");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_draft WHERE model_key = ?", Integer.class, KEY))
                .as("the check saved nothing")
                .isZero();
        assertThat(api.get("admin", "/api/models/" + KEY + "/draft").statusCode())
                .as("another owner sees no draft")
                .isEqualTo(404);

        replace(panelInput("candidateGroups"), groups);
        waitForModel(TASK, "candidateGroups", groups);
        wait.until(d -> deployReason().contains("no change from deployed version " + shippedVersion));
        assertThat(button("deploy-draft").getAttribute("disabled"))
                .as("back to the deployed model")
                .isNotNull();
    }

    /** The contrast ratio of bpmnlint's summary badge's text on its background, as the browser draws it. */
    private double lintBadgeContrast() {
        WebElement badge =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("bpmn-editor .bjsl-button")));
        return contrast(luminance(badge.getCssValue("color")), luminance(badge.getCssValue("background-color")));
    }

    private static double luminance(String rgba) {
        String[] parts = rgba.replaceAll("[^0-9.,]", "").split(",");
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private String deployReason() {
        return String.valueOf(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".deploy-holder")))
                .getAttribute("data-reason"));
    }

    private void hoverDeploy() {
        new Actions(browser)
                .moveToElement(browser.findElement(By.cssSelector(".deploy-holder")))
                .perform();
    }

    private Object modelValue(String elementId, String attribute) {
        return session.js(
                "return document.querySelector('bpmn-editor')._modeler.get('elementRegistry')"
                        + ".get(arguments[0]).businessObject.get('camunda:' + arguments[1]) || null",
                elementId,
                attribute);
    }

    /** Another owner saves a draft of the same model meanwhile: this one is warned, not overwritten. */
    private void colleagueSavesADraft() {
        HttpResponse<String> file = api.get("owner", "/api/models/" + KEY + "/versions/" + shippedVersion + "/file");
        String body = new ObjectMapper()
                .createObjectNode()
                .put("content", file.body())
                .toString();
        HttpResponse<String> saved = api.send("owner", "PUT", "/api/models/" + KEY + "/draft", body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private String registerAndWaitForAssessment(String receivedAt) {
        String reference = new CaseApi(api, new DueJobs(runtime, management))
                .register(AllegationJson.anAllegation().receivedAt(receivedAt).incidentOn("2019-04-20"));
        assertThat(assessment(reference)).as("waiting at the assessment").isNotNull();
        return reference;
    }

    private Task assessment(String reference) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(TASK)
                .singleResult();
    }

    /** The migration batch's jobs, as the job executor would run them (it is off in tests). */
    private void runBatch(String batchId) {
        for (int round = 0;
                round < 20 && management.createBatchQuery().batchId(batchId).count() > 0;
                round++) {
            Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
            for (String definition : List.of(
                    batch.getSeedJobDefinitionId(),
                    batch.getBatchJobDefinitionId(),
                    batch.getMonitorJobDefinitionId())) {
                for (Job job :
                        management.createJobQuery().jobDefinitionId(definition).list()) {
                    management.executeJob(job.getId());
                }
            }
        }
    }

    private ProcessDefinition latest() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(KEY)
                .latestVersion()
                .singleResult();
    }

    private ProcessDefinition definition(int version) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(KEY)
                .processDefinitionVersion(version)
                .singleResult();
    }

    private void selectOnDiagram(String elementId) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("bpmn-editor g.djs-element[data-element-id='" + elementId + "']")));
        session.js(
                "arguments[0].selectElement(arguments[1])", browser.findElement(By.tagName("bpmn-editor")), elementId);
        wait.until(ExpectedConditions.attributeContains(element, "class", "selected"));
    }

    private void openPanelGroup(String groupId) {
        WebElement header = browser.findElement(
                By.cssSelector("[data-group-id='" + groupId + "'] .bio-properties-panel-group-header"));
        if (!header.getAttribute("class").contains("open")) {
            session.click(header);
        }
    }

    private WebElement panelInput(String entry) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.id("bio-properties-panel-" + entry)));
    }

    private void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    /** The panel writes to the model after a short debounce: wait for the model itself. */
    private void waitForModel(String elementId, String attribute, String expected) {
        wait.until(d -> {
            Object value = session.js(
                    "return document.querySelector('bpmn-editor')._modeler.get('elementRegistry')"
                            + ".get(arguments[0]).businessObject.get('camunda:' + arguments[1]) || null",
                    elementId,
                    attribute);
            return expected == null ? value == null : expected.equals(value);
        });
    }

    private String gridText(String className) {
        return String.valueOf(session.js(
                "return Array.from(document.querySelectorAll('vaadin-grid.' + arguments[0]"
                        + " + ' vaadin-grid-cell-content')).map(c => c.textContent).join(' | ')",
                className));
    }

    private WebElement button(String className) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button." + className)));
    }

    private void confirmWithReason(String reason) {
        WebElement text =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-area.reason textarea")));
        text.sendKeys(reason);
        session.click(button("confirm"));
    }
}
