package org.safeguard.investigation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An investigator works an investigation task in a real browser: the form shows once the task is
 * claimed, refuses empty notes at the field, and completing it offers the next step; the notes
 * land in the investigation's history, never in the engine.
 */
@SafeguardIntegrationTest
class InvestigationBrowserIT extends BrowserTestBase {

    static final String NOTES = "Hear the driver first, then the two guards on duty that night";

    @Autowired
    TaskService engineTasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    CaseFiles cases;

    @Autowired
    PreliminaryAssessment assessment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_investigator_claims_the_plan_of_their_case_is_refused_empty_notes_and_is_offered_the_next_step() {
        String reference = caseUnderInvestigationWithInvestigatorOnTheTeam();
        session.signIn("investigator");
        session.open("/tasks");

        session.clickInPlace(By.xpath("//vaadin-tab[normalize-space()=\"My groups' tasks\"]"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field.task-search input")))
                .sendKeys(reference);
        session.clickGridCell(reference);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h3.task-title"), "Plan investigation · " + reference));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".task-panel"), "Claim this task to work on it."));
        assertThat(browser.findElements(By.cssSelector("vaadin-button.complete-task")))
                .as("no form before the task is claimed")
                .isEmpty();
        session.clickInPlace(By.cssSelector("vaadin-button.claim"));

        session.clickInPlace(By.cssSelector("vaadin-button.complete-task"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area[invalid]")));
        assertThat(browser.findElement(By.cssSelector("vaadin-text-area[invalid]"))
                        .getText())
                .contains("Write the notes");
        assertThat(openTask(reference, "user_plan_investigation"))
                .as("refused: still open")
                .isNotNull();
        screenshotAboveTheDevelopmentNotice("investigation-task");

        browser.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys(NOTES);
        session.clickInPlace(By.cssSelector("vaadin-button.complete-task"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h3.task-title"), "Interview subject and witnesses · " + reference));
        assertThat(openTask(reference, "user_plan_investigation"))
                .as("completed in the engine")
                .isNull();
        assertThat(jdbc.queryForList(
                        "SELECT e.detail FROM investigation_event e JOIN investigation i"
                                + " ON i.id = e.investigation_id WHERE i.case_reference = ? AND e.type = 'PLANNED' AND e.actor = ?",
                        String.class,
                        reference,
                        "investigator"))
                .containsExactly(NOTES);
        assertThat(engineVariableValues(reference))
                .as("the engine holds codes only")
                .noneMatch(value -> value.contains("two guards"));
    }

    /** A civilian staff case goes straight to the oversight office once assessed; investigator joins its team. */
    private String caseUnderInvestigationWithInvestigatorOnTheTeam() {
        String reference = new Intake(api)
                .register(AllegationJson.anAllegation()
                        .withOnlySubject(PersonnelCategory.CIVILIAN_STAFF, null, "Logistics"));
        assertThat(api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator", null)
                        .statusCode())
                .isEqualTo(204);
        assessment.complete(
                openTask(reference, "user_assess_allegation").getId(),
                List.of(new GroupAssessment(cases.subjectGroupIds(reference).get(0), true, null)));
        assertThat(openTask(reference, "user_plan_investigation"))
                .as("the investigation is open")
                .isNotNull();
        return reference;
    }

    /** The job executor is off in this context: run the case's due continuations as it would. */
    private Task openTask(String reference, String key) {
        new DueJobs(runtime, management).runFor(reference);
        return engineTasks
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(key)
                .singleResult();
    }

    /** Every variable value any process of the case holds or held, as text. */
    private List<String> engineVariableValues(String reference) {
        String[] instances =
                history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                        .map(HistoricProcessInstance::getId)
                        .toArray(String[]::new);
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).list().stream()
                .map(variable -> String.valueOf(variable.getValue()))
                .toList();
    }

    /**
     * Taller for the picture only, so the form clears the development-mode notice in the bottom
     * right corner; clicks happen at the usual size, where the notice and Copilot leave it free.
     */
    private void screenshotAboveTheDevelopmentNotice(String name) {
        Dimension usual = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(usual.getWidth(), 1000));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-text-area[invalid]")));
        session.screenshot(name);
        browser.manage().window().setSize(usual);
    }
}
