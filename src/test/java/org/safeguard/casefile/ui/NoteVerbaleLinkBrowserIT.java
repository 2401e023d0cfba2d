package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.memberstate.NotesVerbales;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.Browser;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engagement ladder links each note verbale by its number, and the link downloads the PDF. */
@SafeguardIntegrationTest
class NoteVerbaleLinkBrowserIT {

    static final Duration PATIENCE = Duration.ofSeconds(120);

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    CaseFiles cases;
    @Autowired
    PreliminaryAssessment assessment;
    @Autowired
    MemberStateEngagements engagements;
    @Autowired
    NotesVerbales notes;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(Browser.installed(),
                "Debian's chromium and chromium-driver are not installed here; .ci/run installs them");
        browser = Browser.start(Locale.US);
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_focal_point_downloads_the_note_verbale_from_the_engagement_ladder() {
        String reference = Api.json(new Api(port).postCase("intake", AllegationJson.EXAMPLE)).get("reference").asText();
        assessment.complete(openTask(reference, "user_assess_allegation").getId(),
                List.of(new GroupAssessment(cases.subjectGroupIds(reference).get(0), true, null)));
        Task send = openTask(reference, "user_send_note_verbale");
        long engagementId = (Long) tasks.getVariable(send.getId(), "engagementId");
        engagements.noteVerbaleSent(send.getId(), engagementId, null);
        String number = notes.ofEngagements(List.of(engagementId)).get(0).number();

        signIn("focal-ca");
        browser.get("http://localhost:" + port + "/cases/" + reference);

        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".note-verbale-link")));
        assertThat(link.getText()).isEqualTo(number);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        Browser.screenshot(browser, "case-file-note-verbale");
        Object contentType = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.status + ' ' + r.headers.get('content-type')).then(done);",
                link);
        assertThat(contentType).isEqualTo("200 application/pdf");
    }

    private void signIn(String user) {
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
    }

    /** The job executor is off in this context: run the case's due continuations as it would. */
    private Task openTask(String reference, String key) {
        new DueJobs(runtime, management).runFor(reference);
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
    }
}
