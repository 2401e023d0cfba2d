package org.safeguard.worklist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.BrowserSession.radio;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task list in a real browser: the entity filter of a MINUSCA officer, claim, a refused form,
 * completion with its confirmation and the case's next task; a manager sorting by due date, opening
 * a task with Enter, following its case link, reassigning in bulk with a reason and giving a task to
 * a named colleague; a saved filter loaded again.
 */
@SafeguardIntegrationTest
class TaskListBrowserIT extends BrowserTestBase {

    /** Finds {@code row}: the grid row of the case arguments[0], or null. */
    static final String ROW_OF = """
            const rowOf = a => a.closest('vaadin-grid-cell-content').assignedSlot.closest('tr');
            const link = [...document.querySelectorAll('vaadin-grid.task-list a.case-link')]
                .find(a => a.dataset.case === arguments[0] && !rowOf(a).hidden);
            const row = link ? rowOf(link) : null;
            """;

    static final String INES = "Ines Intake (conduct officer) · intake";

    @Autowired
    TaskService engineTasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void intake_claims_the_assessment_of_a_new_case_completes_it_and_is_offered_the_cases_next_task() {
        // Received long ago, so their assessments are the soonest due of the list.
        String first = caseReceivedAt("2020-01-01T09:00:00Z");
        caseReceivedAt("2020-01-02T09:00:00Z");
        session.signIn("intake");
        session.open("/tasks");

        session.click(By.cssSelector("vaadin-combo-box.entity-filter input"));
        // The items are there before their labels, and the list keeps hidden ones spare: wait for
        // the labels of those shown.
        List<String> entities = new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<String> labels = driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                            .filter(WebElement::isDisplayed)
                            .map(WebElement::getText)
                            .toList();
                    return labels.isEmpty() || labels.contains("") ? null : labels;
                });
        assertThat(entities)
                .as("a MINUSCA officer filters by their own entity only")
                .containsExactly("MINUSCA");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();

        session.click(By.xpath("//vaadin-tab[normalize-space()=\"My groups' tasks\"]"));
        openRowOf(first);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h3.task-title"), first));
        session.screenshot("task-list");
        session.click(By.cssSelector("vaadin-button.claim"));

        session.click(radio("No"));
        session.click(By.cssSelector("vaadin-button.complete-task"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area[invalid]")));
        assertThat(browser.findElement(By.cssSelector("vaadin-text-area[invalid]"))
                        .getText())
                .contains("Give the reason when the acts would not breach the standards");
        assertThat(browser.findElement(radio("No")).getAttribute("checked"))
                .as("the answer typed is kept")
                .isNotNull();
        session.screenshot("task-form");

        session.click(radio("Yes"));
        session.click(By.cssSelector("vaadin-button.complete-task"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("vaadin-notification-card"), "Task completed: Assess allegation · " + first));
        assertThat(openAssessment(first)).as("completed in the engine").isNull();
        // The job executor (off in tests) continues the case: the Member State engagement's first step.
        new DueJobs(runtime, management).runFor(first);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h3.task-title"), "Send the note verbale · " + first));
        assertThat(session.js("return document.activeElement && document.activeElement.localName"))
                .as("focus moves to the task offered")
                .isEqualTo("h3");
        assertThat(browser.findElement(By.cssSelector(".task-panel vaadin-button.claim"))
                        .isDisplayed())
                .as("offered to the same officer, to claim")
                .isTrue();
    }

    @Test
    void an_officer_saves_the_filter_in_use_and_loads_it_again() {
        String reference = caseReceivedAt("2020-01-04T09:00:00Z");
        session.signIn("intake");
        session.open("/tasks");
        session.click(By.xpath("//vaadin-tab[normalize-space()=\"My groups' tasks\"]"));
        session.click(By.cssSelector("vaadin-text-field.task-search input")).sendKeys(reference);
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".task-count"), "1 task"));
        assertThat(firstRow()).contains(reference);
        assertThat(browser.findElements(By.cssSelector("vaadin-details.saved-filters vaadin-combo-box")))
                .as("the named filters are built when first unfolded")
                .isEmpty();

        session.click(By.cssSelector("vaadin-details.saved-filters vaadin-details-summary"));
        Integer savedBefore = savedFiltersOf("intake");
        session.click(By.xpath("//vaadin-button[normalize-space()='Save filter']"));
        WebElement unnamed = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field.filter-name[invalid]")));
        assertThat(unnamed.getDomProperty("errorMessage"))
                .isEqualTo("Give the filter a name of at most 100 characters.");
        assertThat(savedFiltersOf("intake")).as("nothing saved").isEqualTo(savedBefore);

        String name = "Only " + reference;
        session.click(By.cssSelector("vaadin-text-field.filter-name input")).sendKeys(name);
        session.click(By.xpath("//vaadin-button[normalize-space()='Save filter']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("vaadin-notification-card"), "Filter saved: " + name));
        assertThat(browser.findElements(By.cssSelector("vaadin-text-field.filter-name[invalid]")))
                .isEmpty();
        session.click(By.cssSelector("vaadin-details.saved-filters vaadin-combo-box input"))
                .sendKeys(name);
        WebElement saved = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[normalize-space()='" + name + "']")));
        session.settle();

        // The search is cleared, as a keystroke would (sent 400 ms later), and the filter chosen at
        // once, on a network slow enough that the choice is still in flight when the cleared search
        // goes out: it must not wipe the search the filter brings back.
        session.slowNetwork(Duration.ofMillis(600));
        WebElement search = browser.findElement(By.cssSelector("vaadin-text-field.task-search input"));
        session.js("""
                arguments[0].closest('vaadin-text-field').value = '';
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));""", search);
        saved.click();
        wait.until(driver -> reference.equals(search.getDomProperty("value")));
        session.settle();
        assertThat(search.getDomProperty("value")).isEqualTo(reference);
        assertThat(browser.findElement(By.cssSelector(".task-count")).getText())
                .as("the list is filtered by the search the filter brought")
                .isEqualTo("1 task");
        assertThat(firstRow()).contains(reference);
    }

    @Test
    void a_manager_reassigns_a_task_from_all_tasks() {
        String reference = caseReceivedAt("2020-01-03T09:00:00Z");
        session.signIn("manager");
        session.open("/tasks");

        session.click(By.xpath("//vaadin-tab[normalize-space()='All tasks']"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field.task-search input")))
                .sendKeys(reference);
        openRowOf(reference);
        session.click(By.cssSelector("vaadin-button.reassign"));
        WebElement picker = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box.reassign-to[invalid]")));
        assertThat(picker.getDomProperty("errorMessage")).isEqualTo("Choose whom to give the task to.");

        session.click(By.cssSelector("vaadin-combo-box.reassign-to input")).sendKeys("Intake");
        List<String> offered = wait.until(driver -> {
            List<String> items = driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                    .map(WebElement::getText)
                    .toList();
            return items.contains(INES) ? items : null;
        });
        assertThat(offered)
                .as("by name, only intake officers who see the MINUSCA case")
                .contains(INES)
                .noneMatch(name -> name.contains("intake-unmiss"));
        session.click(By.xpath("//vaadin-combo-box-item[normalize-space()='" + INES + "']"));
        session.click(By.cssSelector("vaadin-button.reassign"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".task-panel"), "This task is assigned to intake."));
        session.screenshot("task-reassigned");
        assertThat(openAssessment(reference).getAssignee()).isEqualTo("intake");
    }

    @Test
    void a_manager_sorts_by_due_opens_a_task_with_enter_follows_its_case_link_and_reassigns_in_bulk_with_a_reason() {
        // Received before any other test's cases: among the soonest due of "All tasks", so their rows are drawn.
        String one = caseReceivedAt("2015-03-01T09:00:00Z");
        String two = caseReceivedAt("2015-03-02T09:00:00Z");
        String unmiss = registerIn("UNMISS", "2015-03-03T09:00:00Z");
        session.signIn("manager");
        session.open("/tasks");
        session.click(By.xpath("//vaadin-tab[normalize-space()='All tasks']"));

        wait.until(driver -> firstRow().contains(firstDue(false)));
        session.clickInPlace(By.xpath("//vaadin-grid-sorter[normalize-space()='Due']"));
        wait.until(driver -> firstRow().contains(firstDue(true)));
        session.clickInPlace(By.xpath("//vaadin-grid-sorter[normalize-space()='Due']"));
        // Back to the default order; other tests' tasks in the shared database may be due sooner than ours.
        wait.until(driver -> firstRow().contains(firstDue(false)));

        focusRowOf(two);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h3.task-title"), two));
        assertThat(browser.findElement(By.cssSelector("a.case-file-link")).getDomAttribute("href"))
                .isEqualTo("cases/" + two);

        tick(one);
        tick(two);
        tick(unmiss);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".bulk-actions"), "3 tasks selected"));
        session.click(By.cssSelector("vaadin-combo-box.bulk-assignee input")).sendKeys("Ines");
        session.click(By.xpath("//vaadin-combo-box-item[normalize-space()='" + INES + "']"));
        session.click(By.cssSelector("vaadin-button.bulk-reassign"));
        WebElement reason = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field.bulk-reason[invalid]")));
        assertThat(reason.getDomProperty("errorMessage")).isEqualTo("Give the reason for the reassignment.");
        assertThat(openAssessment(one).getAssignee())
                .as("nothing changed without a reason")
                .isNull();

        String why = "Ines covers the Bangui cases this week " + one;
        session.click(By.cssSelector("vaadin-text-field.bulk-reason input")).sendKeys(why);
        session.click(By.cssSelector("vaadin-button.bulk-reassign"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".bulk-outcome"), "2 tasks changed, 1 refused."));
        assertThat(browser.findElement(By.cssSelector(".bulk-refused")).getText())
                .isEqualTo("Assess allegation · " + unmiss + ": this person may not do it or does not see its case");
        session.screenshot("task-list-bulk-reassign");
        assertThat(openAssessment(one).getAssignee()).isEqualTo("intake");
        assertThat(openAssessment(two).getAssignee()).isEqualTo("intake");
        assertThat(openAssessment(unmiss).getAssignee()).isNull();
        assertThat(jdbc.queryForList(
                        "SELECT case_reference FROM audit_event WHERE action = 'TASK_REASSIGNED'" + " AND reason = ?",
                        String.class,
                        why))
                .containsExactlyInAnyOrder(one, two);

        session.click(By.cssSelector("a.case-file-link"));
        wait.until(ExpectedConditions.urlContains("/cases/" + two));
    }

    /** The case of the first task of "All tasks" as the API sorts it by due date. */
    private String firstDue(boolean descending) {
        HttpResponse<String> page =
                api.get("manager", "/api/tasks?queue=ALL&sort=DUE&limit=1&descending=" + descending);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Api.json(page).get("items").get(0).get("caseReference").asText();
    }

    /** The texts of the grid's first row, as shown. */
    private Integer savedFiltersOf(String owner) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM saved_task_filter WHERE owner = ?", Integer.class, owner);
    }

    private String firstRow() {
        Object text = session.js("""
                const grid = document.querySelector('vaadin-grid.task-list');
                const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(row => !row.hidden && row.index === 0);
                if (rows.length === 0) { return ''; }
                return [...rows[0].querySelectorAll('slot')]
                    .map(slot => slot.assignedElements().map(e => e.textContent).join(' ')).join(' | ');
                """);
        return text == null ? "" : text.toString();
    }

    /** Clicks the task's name in the row of the case (its reference is a link to the case file). */
    private void openRowOf(String reference) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementNotInteractableException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(driver -> {
                    WebElement cell = (WebElement) session.js(
                            ROW_OF + "return row && row.querySelectorAll('td')[2]"
                                    + ".querySelector('slot').assignedElements()[0];",
                            reference);
                    if (cell == null || !cell.isDisplayed()) {
                        return false;
                    }
                    session.centre(cell);
                    cell.click();
                    return true;
                });
    }

    /** The row's cell of the task name, focused as the keyboard would (not clicked). */
    private void focusRowOf(String reference) {
        wait.until(driver -> session.js(ROW_OF + """
                if (!row) { return false; }
                row.querySelectorAll('td')[2].focus();
                return true;
                """, reference).equals(Boolean.TRUE));
    }

    /**
     * Ticks the row's checkbox, for the bulk actions. By script: the row may sit under the grid's
     * lower edge, which scrolling the page does not reach.
     */
    private void tick(String reference) {
        WebElement checkbox = wait.until(driver -> (WebElement) session.js(ROW_OF + """
                if (!row) { return null; }
                return row.querySelector('td slot').assignedElements()[0].querySelector('vaadin-checkbox');
                """, reference));
        session.js("arguments[0].click()", checkbox);
    }

    private String registerIn(String entity, String receivedAt) {
        HttpResponse<String> created = api.postCase(
                "intake-unmiss",
                AllegationJson.anAllegation()
                        .against(entity)
                        .dutyStation("Juba")
                        .receivedAt(receivedAt)
                        .incidentOn("2015-02-20")
                        .json());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created).get("reference").asText();
    }

    private Task openAssessment(String reference) {
        return engineTasks
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey("user_assess_allegation")
                .singleResult();
    }

    /** A case received at {@code receivedAt}, its incident on the first of that month. */
    private String caseReceivedAt(String receivedAt) {
        return new Intake(api)
                .register(AllegationJson.anAllegation()
                        .receivedAt(receivedAt)
                        .incidentOn(receivedAt.substring(0, 8) + "01"));
    }
}
