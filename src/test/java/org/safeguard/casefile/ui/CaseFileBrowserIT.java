package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.casefile.CaseComments;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case file in a real browser: summary, timeline, the live diagram, victims for advocates only, scopes. */
@SafeguardIntegrationTest
class CaseFileBrowserIT extends BrowserTestBase {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    CaseFiles cases;

    @Autowired
    PreliminaryAssessment assessment;

    @Autowired
    JdbcTemplate jdbc;

    CaseFileBrowserIT() {
        super(Start.BEFORE_EACH_TEST, BrowserSession.FIRST_PAGE_PATIENCE);
    }

    @Test
    void a_manager_reads_labels_a_timeline_of_decisions_and_zooms_the_diagram_of_where_the_process_stands() {
        String reference = assessedCase();
        openTask(reference, "user_send_note_verbale");

        openCaseFile("manager", reference);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Case " + reference));
        assertThat(browser.findElement(By.className("case-summary")).getText())
                .contains("MINUSCA", "Bangui", "Transactional sex");
        assertThat(browser.findElement(By.cssSelector(".subject-group h4")).getText())
                .isEqualTo("Military contingent · Canada · Battalion 3");
        wait.until(ExpectedConditions.presenceOfElementLocated(timelineCell("Case recorded")));
        wait.until(ExpectedConditions.presenceOfElementLocated(timelineCell(
                "Completed: Assess allegation — Military contingent · Canada · Battalion 3: breach of the standards")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                timelineCell("Decide who investigates: the Member State is notified and may investigate")));
        wait.until(ExpectedConditions.presenceOfElementLocated(timelineCell("Started: Notify the Member State")));
        String timeline =
                browser.findElement(By.cssSelector("vaadin-grid.timeline")).getText()
                        + String.join("\n", cellTexts("timeline"));
        assertThat(timeline).doesNotContain("Task completed", "Step:", "50 % used", "Status changed");
        assertThat(cellTexts("timeline"))
                .filteredOn(text -> text.startsWith("Status: "))
                .allSatisfy(text -> assertThat(text).matches("Status: .+ → .+"));

        WebElement diagram = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "bpmn-diagram[drawn] .djs-element.current[data-element-id='call_member_state_engagement']")));
        assertThat(browser.findElements(By.cssSelector("bpmn-diagram .djs-element.completed")))
                .isNotEmpty();
        assertThat(browser.findElements(By.className("victims"))).isEmpty();
        WebElement element = browser.findElement(By.tagName("bpmn-diagram"));
        assertThat(element.getSize().getHeight())
                .as("the diagram is large enough to read")
                .isGreaterThanOrEqualTo(420);
        double fitted = zoomOf(element);
        session.click(By.cssSelector("vaadin-button.zoom-in"));
        wait.until(driver -> zoomOf(element) > fitted * 1.2);
        session.click(By.cssSelector("vaadin-button.zoom-in"));
        wait.until(driver -> zoomOf(element) > fitted * 1.5);
        session.click(By.cssSelector("vaadin-button.zoom-out"));
        wait.until(driver -> zoomOf(element) < fitted * 1.5);
        session.click(By.cssSelector("vaadin-button.zoom-fit"));
        wait.until(driver -> Math.abs(zoomOf(element) - fitted) < 0.01);
        session.screenshot("case-file");
        session.centre(diagram);
        session.screenshot("case-file-diagram");
    }

    @Test
    void a_french_reader_finds_no_english_on_a_case_file_with_a_rich_history() {
        String reference = assessedCase();
        openTask(reference, "user_send_note_verbale");
        start(Locale.FRENCH);

        openCaseFile("manager", reference);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Dossier " + reference));
        wait.until(ExpectedConditions.presenceOfElementLocated(timelineCell("Dossier enregistré")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("bpmn-diagram[drawn]")));
        assertThat(session.js("return document.documentElement.lang")).isEqualTo("fr");
        String shown = browser.findElement(By.className("case-file-view")).getText() + "\n"
                + String.join("\n", cellTexts("timeline")) + "\n"
                + session.js(
                        "return Array.from(document.querySelectorAll('bpmn-diagram .djs-label, bpmn-diagram text'))"
                                + ".map(label => label.textContent).join('\\n')");
        assertThat(shown).contains("Contingent militaire · Canada · Battalion 3", "Évaluer l’allégation", "Terminé : ");
        List<String> english = ENGLISH.stream()
                .filter(word -> java.util.regex.Pattern.compile("\\b" + word + "\\b")
                        .matcher(shown)
                        .find())
                .toList();
        assertThat(english)
                .as("English words on the French case file:%n%s", shown)
                .isEmpty();
        session.screenshot("case-file-fr");
    }

    /** Words of the English case file that French never uses (names, codes and acronyms aside). */
    static final List<String> ENGLISH = List.of(
            "Case",
            "Task",
            "Step",
            "Status",
            "Started",
            "Completed",
            "completed",
            "Assess",
            "allegation",
            "Investigation",
            "Investigate",
            "Timeline",
            "Subject",
            "Zoom",
            "Fit",
            "Military",
            "Send",
            "Record",
            "Decide",
            "Notify",
            "Member State",
            "used",
            "Received",
            "breach",
            "What happened",
            "Who",
            "Where",
            "Running",
            "process",
            "started",
            "Comments",
            "Transactional",
            "Under",
            "assessment",
            "Engagement",
            "Note verbale sent",
            "Yes",
            "No");

    private String assessedCase() {
        String reference = newCase(AllegationJson.anAllegation());
        assessment.complete(
                openTask(reference, "user_assess_allegation").getId(),
                List.of(new GroupAssessment(cases.subjectGroupIds(reference).get(0), true, null)));
        return reference;
    }

    private static By timelineCell(String text) {
        return By.xpath("//vaadin-grid[contains(@class,'timeline')]/vaadin-grid-cell-content[normalize-space()='" + text
                + "']");
    }

    @SuppressWarnings("unchecked")
    private List<String> cellTexts(String gridClass) {
        return (List<String>) session.js(
                "return Array.from(document.querySelectorAll('vaadin-grid.' + arguments[0]"
                        + " + ' > vaadin-grid-cell-content')).map(cell => cell.textContent.trim())",
                gridClass);
    }

    private double zoomOf(WebElement diagram) {
        return ((Number) session.js("return arguments[0]._viewer.get('canvas').zoom()", diagram)).doubleValue();
    }

    @Test
    void a_click_on_a_call_activity_opens_the_instance_it_started() {
        String reference = newCase(AllegationJson.anAllegation());
        assessment.complete(
                openTask(reference, "user_assess_allegation").getId(),
                List.of(new GroupAssessment(cases.subjectGroupIds(reference).get(0), true, null)));
        Task note = openTask(reference, "user_send_note_verbale");
        HistoricActivityInstance call =
                history.createHistoricActivityInstanceQuery().activityType("callActivity").list().stream()
                        .filter(activity -> note.getProcessInstanceId().equals(activity.getCalledProcessInstanceId()))
                        .findFirst()
                        .orElseThrow();

        openCaseFile("manager", reference);
        WebElement callActivity = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "bpmn-diagram[drawn] .djs-element.current[data-element-id='" + call.getActivityId() + "']")));
        session.centre(callActivity);
        new Actions(browser).moveToElement(callActivity).click().perform();

        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("bpmn-diagram[drawn] .djs-element.current[data-element-id='user_send_note_verbale']")));
    }

    @Test
    void an_advocate_sees_the_victims_by_pseudonym_and_their_identity_on_request() {
        String reference = newCase(AllegationJson.anAllegation());

        openCaseFile("vra", reference);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".victims .victim")));
        assertThat(browser.findElement(By.className("victims")).getText())
                .matches("(?s).*V-[2-9A-HJKMNP-Z]{5}.*")
                .doesNotContain("Jane Example");
        session.click(By.xpath("//vaadin-button[normalize-space()='Show identity']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("victims"), "Jane Example"));
        session.screenshot("case-file-victims");
    }

    @Test
    void a_focal_point_opening_a_case_without_their_nationals_finds_nothing() {
        String reference = newCase(AllegationJson.anAllegation().subjectOf("UY"));

        openCaseFile("focal-ca", reference);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Page not found"));
        assertThat(browser.getPageSource()).doesNotContain(reference);
    }

    @Test
    void an_intake_officer_sees_the_measures_recorded_and_comments_a_refused_comment_keeping_its_text() {
        String reference = newCase(AllegationJson.anAllegation());
        long group = cases.subjectGroupIds(reference).get(0);
        jdbc.update(
                "INSERT INTO accountability_measure (case_reference, subject_group_id, kind, detail, recorded_at,"
                        + " recorded_by) VALUES (?, ?, 'SCREENING_ENTRY', 'CC-2026-17', ?, 'manager')",
                reference,
                group,
                Timestamp.from(Instant.parse("2026-06-01T08:00:00Z")));

        openCaseFile("intake", reference);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("accountability-measures"), "CC-2026-17"));
        assertThat(browser.findElement(By.className("subject-group")).getText())
                .contains("Accountability measures", "Screening database entry");
        String tooLong = "Met the conduct team. " + "x".repeat(CaseComments.MAX_LENGTH);
        WebElement text = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-area.comment-text textarea")));
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        text,
                        tooLong);
        clickAddComment();

        WebElement area = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area.comment-text[invalid]")));
        assertThat(area.getDomProperty("errorMessage")).isEqualTo("A comment has at most 4,000 characters.");
        assertThat(area.getDomProperty("value")).as("the text typed is kept").isEqualTo(tooLong);
        session.screenshot("case-file-comment-refused");

        text.clear();
        text.sendKeys("Met the conduct team of the mission.");
        clickAddComment();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".comment-list .comment"), "Met the conduct team of the mission."));
        assertThat(browser.findElement(By.cssSelector(".comment-list .comment .comment-meta"))
                        .getText())
                .startsWith("intake · ");
        assertThat(browser.findElements(By.cssSelector("vaadin-text-area.comment-text[invalid]")))
                .isEmpty();
        session.screenshot("case-file-comments");
    }

    @Test
    void a_focal_point_sees_no_comments_on_a_case_of_their_nationals() {
        String reference = newCase(AllegationJson.anAllegation());

        openCaseFile("focal-ca", reference);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Case " + reference));
        assertThat(browser.findElements(By.className("comments"))).isEmpty();
    }

    /** Centred first: below a long text the button sits under the page's fixed header otherwise. */
    private void clickAddComment() {
        session.click(browser.findElement(By.cssSelector("vaadin-button.add-comment")));
    }

    /** The job executor is off in this context: run the case's due continuations as it would. */
    private Task openTask(String reference, String key) {
        new DueJobs(runtime, management).runFor(reference);
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(key)
                .singleResult();
    }

    private String newCase(AllegationJson allegation) {
        return new Intake(api).register(allegation);
    }

    private void openCaseFile(String user, String reference) {
        session.signIn(user, BrowserSession.NAVIGATION);
        session.open("/cases/" + reference);
    }
}
