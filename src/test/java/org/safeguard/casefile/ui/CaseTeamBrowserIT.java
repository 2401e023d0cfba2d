package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager finds a case waiting for its investigation team on the list of unassigned work, opens
 * it, is refused the start while no investigator is on the team, puts one there from the list of
 * colleagues who may be added (and takes another off, confirmed), starts the investigation, and
 * the case leaves the list.
 */
@SafeguardIntegrationTest
class CaseTeamBrowserIT extends BrowserTestBase {

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    CaseFiles cases;

    @Autowired
    PreliminaryAssessment assessment;

    CaseTeamBrowserIT() {
        super(Start.BEFORE_EACH_TEST, BrowserSession.FIRST_PAGE_PATIENCE);
    }

    @Test
    void a_manager_assigns_the_team_of_a_waiting_case_from_its_case_file_and_the_case_leaves_the_unassigned_work() {
        String reference = caseWaitingForItsTeam();
        session.signIn("manager");

        session.open("/unassigned");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                BrowserSession.gridCell("Waits for its investigation team")));
        session.click(By.xpath("//a[contains(@class,'case-link') and normalize-space()='" + reference + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id(CaseTeamSection.ANCHOR), "No investigator is on this case's team"));

        session.click(By.cssSelector("vaadin-button.start-investigation"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".team-refusal"),
                "Add at least one investigator who may see this case to its team first."));

        addToTeam("Ivan Investigator (investigator)");
        addToTeam("Iris Investigator (investigator2)");
        session.click(
                By.cssSelector("vaadin-button[aria-label='Remove Iris Investigator (investigator2) from the team']"));
        session.clickInPlace(By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("team-changes"), "investigator2 removed from the team by manager"));
        assertThat(browser.findElements(By.cssSelector("li.team-member")))
                .extracting(WebElement::getText)
                .singleElement()
                .asString()
                .contains("Ivan Investigator");
        assertThat(openTeamTasks(reference))
                .as("adding a member starts nothing")
                .hasSize(1);

        session.click(By.cssSelector("vaadin-button.start-investigation"));
        wait.until(
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-button.start-investigation")));
        assertThat(openTeamTasks(reference)).isEmpty();
        session.screenshot("case-team");

        session.open("/unassigned");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".unassigned-work-view h2")));
        assertThat(browser.findElements(By.xpath("//a[normalize-space()='" + reference + "']")))
                .isEmpty();
    }

    private void addToTeam(String colleague) {
        WebElement input = session.click(By.cssSelector("vaadin-combo-box.team-candidate input"));
        input.sendKeys(colleague.substring(0, 4));
        session.clickInPlace(By.xpath("//vaadin-combo-box-item[normalize-space()='" + colleague + "']"));
        session.click(By.cssSelector("vaadin-button.add-member"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("team-members"), colleague));
    }

    /** A staff case assessed as a breach with nobody on its team: it waits at "assign the investigation team". */
    private String caseWaitingForItsTeam() {
        DueJobs dueJobs = new DueJobs(runtime, management);
        String reference = new CaseApi(api, dueJobs)
                .register(AllegationJson.anAllegation()
                        .withOnlySubject(PersonnelCategory.CIVILIAN_STAFF, null, "Logistics"));
        assessment.complete(
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(reference)
                        .taskDefinitionKey("user_assess_allegation")
                        .singleResult()
                        .getId(),
                List.of(new GroupAssessment(cases.subjectGroupIds(reference).get(0), true, null)));
        dueJobs.runFor(reference);
        assertThat(openTeamTasks(reference)).hasSize(1);
        return reference;
    }

    private List<?> openTeamTasks(String reference) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(SeaCaseProcess.Element.user_assign_investigation_team.id())
                .list();
    }
}
