package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.memberstate.NotesVerbales;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The engagement ladder links each note verbale by its number, and the link downloads the PDF. */
@SafeguardIntegrationTest
class NoteVerbaleLinkBrowserIT extends BrowserTestBase {

    @Autowired
    ApplicationContext context;

    @Autowired
    NotesVerbales notes;

    NoteVerbaleLinkBrowserIT() {
        super(Start.BEFORE_EACH_TEST, BrowserSession.FIRST_PAGE_PATIENCE);
    }

    @Test
    void a_focal_point_downloads_the_note_verbale_from_the_engagement_ladder() {
        String reference = new Intake(api).register(AllegationJson.anAllegation());
        EngagementFixture.Engine engine = EngagementFixture.Engine.of(api, context);
        engine.assessAsBreach(reference);
        long engagementId = engine.sendNoteVerbale(reference, null);
        String number = notes.ofEngagements(List.of(engagementId)).get(0).number();

        session.signIn("focal-ca", BrowserSession.NAVIGATION);
        session.open("/cases/" + reference);

        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".note-verbale-link")));
        assertThat(link.getText()).isEqualTo(number);
        session.centre(link);
        session.screenshot("case-file-note-verbale");
        Object contentType = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0].href).then(r => r.status + ' ' + r.headers.get('content-type')).then(done);",
                        link);
        assertThat(contentType).isEqualTo("200 application/pdf");
    }
}
