package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engagement ladder links each note verbale by its number, and the link downloads the PDF. */
@SafeguardIntegrationTest
class NoteVerbaleLinkBrowserIT {

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

    BrowserSession session;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        session = BrowserSession.start(port, Locale.US, BrowserSession.FIRST_PAGE_PATIENCE);
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void closeBrowser() {
        BrowserSession.quit(session);
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

        session.signIn("focal-ca", BrowserSession.NAVIGATION);
        session.open("/cases/" + reference);

        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".note-verbale-link")));
        assertThat(link.getText()).isEqualTo(number);
        session.centre(link);
        session.screenshot("case-file-note-verbale");
        Object contentType = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.status + ' ' + r.headers.get('content-type')).then(done);",
                link);
        assertThat(contentType).isEqualTo("200 application/pdf");
    }

    /** The job executor is off in this context: run the case's due continuations as it would. */
    private Task openTask(String reference, String key) {
        new DueJobs(runtime, management).runFor(reference);
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
    }
}
