package org.safeguard.worklist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.BrowserSession.gridCell;
import static org.safeguard.testsupport.BrowserSession.radio;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The task list in a real browser: claim, a refused form, completion and the next task; a manager's reassignment. */
@SafeguardIntegrationTest
class TaskListBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService engineTasks;

    BrowserSession session;
    WebDriver browser;
    WebDriverWait wait;
    Api api;

    @BeforeEach
    void start() {
        api = new Api(port);
        session = BrowserSession.start(port);
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void closeBrowser() {
        BrowserSession.quit(session);
    }

    @Test
    void intake_claims_the_assessment_of_a_new_case_completes_it_and_is_offered_the_next_task() {
        // Received long ago, so their assessments are the soonest due of the list.
        String first = register("2020-01-01T09:00:00Z");
        register("2020-01-02T09:00:00Z");
        session.signIn("intake");
        session.open("/tasks");

        click(By.xpath("//vaadin-tab[normalize-space()=\"My groups' tasks\"]"));
        click(gridCell(first));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h3.task-title"), first));
        session.screenshot("task-list");
        click(By.cssSelector("vaadin-button.claim"));

        click(radio("No"));
        click(By.cssSelector("vaadin-button.complete-task"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area[invalid]")));
        assertThat(browser.findElement(By.cssSelector("vaadin-text-area[invalid]")).getText())
                .contains("Give the reason when the acts would not breach the standards");
        assertThat(browser.findElement(radio("No")).getAttribute("checked")).as("the answer typed is kept").isNotNull();
        session.screenshot("task-form");

        click(radio("Yes"));
        click(By.cssSelector("vaadin-button.complete-task"));

        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h3.task-title"), first)));
        assertThat(browser.findElement(By.cssSelector("h3.task-title")).getText()).startsWith("Assess allegation · SEA-");
        assertThat(openAssessment(first)).as("completed in the engine").isNull();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(gridCell(first)));
    }

    @Test
    void a_manager_reassigns_a_task_from_all_tasks() {
        String reference = register("2020-01-03T09:00:00Z");
        session.signIn("manager");
        session.open("/tasks");

        click(By.xpath("//vaadin-tab[normalize-space()='All tasks']"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field.task-search input")))
                .sendKeys(reference);
        click(gridCell(reference));
        click(By.cssSelector("vaadin-button.reassign"));
        WebElement picker = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-combo-box.reassign-to[invalid]")));
        assertThat(picker.getDomProperty("errorMessage")).isEqualTo("Choose whom to give the task to.");

        click(By.cssSelector("vaadin-combo-box.reassign-to input")).sendKeys("intake");
        List<String> offered = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.tagName("vaadin-combo-box-item"))).stream().map(WebElement::getText).toList();
        assertThat(offered).as("only intake officers who see the MINUSCA case").contains("intake")
                .doesNotContain("intake-unmiss");
        click(By.xpath("//vaadin-combo-box-item[normalize-space()='intake']"));
        click(By.cssSelector("vaadin-button.reassign"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-panel"),
                "This task is assigned to intake."));
        session.screenshot("task-reassigned");
        assertThat(openAssessment(reference).getAssignee()).isEqualTo("intake");
    }

    private Task openAssessment(String reference) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("user_assess_allegation").singleResult();
    }

    private String register(String receivedAt) {
        HttpResponse<String> created = api.postCase("intake", AllegationJson.anAllegation()
                .with("receivedAt", receivedAt).with("incidentDate", "2019-12-20").json());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created).get("reference").asText();
    }

    /**
     * Clicks once the element takes the click: the grid re-renders its rows when a filter applies,
     * so a cell found a moment before may be detached or out of view by the time it is clicked.
     */
    private WebElement click(By target) {
        return new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(ElementNotInteractableException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(target).apply(driver);
                    if (element == null) {
                        return null;
                    }
                    // Other tests' older cases may push a row to the grid's lower edge, under the layout.
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                    element.click();
                    return element;
                });
    }
}
