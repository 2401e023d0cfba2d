package org.safeguard.memberstate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.BrowserSession.radio;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The focal-point portal in a real browser: Canada's focal point finds the notification about a
 * Canadian contingent member, replies that Canada will investigate, and the case moves on;
 * Uruguay's focal point sees none of it, neither in the list nor at its address.
 */
@SafeguardIntegrationTest
class FocalPointBrowserIT extends BrowserTestBase {

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberStateEngagements engagements;

    @Autowired
    JdbcTemplate jdbc;

    EngagementFixture.Engine engine;

    FocalPointBrowserIT() {
        super(Start.BEFORE_EACH_TEST, BrowserSession.FIRST_PAGE_PATIENCE);
    }

    @BeforeEach
    void engine() {
        engine = EngagementFixture.Engine.of(api, context);
    }

    @Test
    void a_focal_point_reads_the_note_verbale_replies_that_their_country_will_investigate_and_the_case_moves_on() {
        EngagementFixture waiting = engine.awaitingReply("CA");

        session.signIn("focal-ca");
        wait.until(ExpectedConditions.urlContains("/member-state"));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(pendingCard(waiting)));
        assertThat(card.getText())
                .contains(
                        "Reply due by",
                        "; without a reply by then, a reminder is sent.",
                        "Military contingent",
                        "MINUSCA")
                .doesNotContain("due before");
        String number = assertDownloadsThePdf(card);
        assertThat(jdbc.queryForList(
                        "SELECT actor FROM audit_event WHERE action = 'NOTE_VERBALE_READ' AND detail = ?",
                        String.class,
                        number))
                .as("the read is audited")
                .containsExactly("focal-ca");

        WebElement reply = card.findElement(By.cssSelector("vaadin-button.reply-to-engagement"));
        session.centre(card);
        session.screenshot("focal-point-portal");
        wait.until(ExpectedConditions.elementToBeClickable(reply)).click();
        wait.until(ExpectedConditions.urlContains("/member-state/engagements/" + waiting.engagementId()));
        assertThat(assertDownloadsThePdf(wait.until(ExpectedConditions.presenceOfElementLocated(pendingCard(waiting)))))
                .as("the reply page offers the same note")
                .isEqualTo(number);
        session.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.back-to-portal"))));
        wait.until(ExpectedConditions.urlMatches("/member-state$"));
        session.click(wait.until(ExpectedConditions.presenceOfElementLocated(pendingCard(waiting)))
                .findElement(By.cssSelector("vaadin-button.reply-to-engagement")));
        wait.until(ExpectedConditions.urlContains("/member-state/engagements/" + waiting.engagementId()));

        session.clickInPlace(radio("Will investigate"));
        type("vaadin-text-field.officer-name input", "Maj. C. Tremblay");
        type("vaadin-text-field.officer-contact input", "c.tremblay@forces.example");
        type("vaadin-text-area.reply-remark textarea", "The provost marshal opened file 26/114.");
        session.screenshot("focal-point-reply");
        WebElement send = browser.findElement(By.cssSelector("vaadin-button.complete-task"));
        session.click(send);

        wait.until(ExpectedConditions.urlMatches("/member-state$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='" + waiting.caseReference() + "']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='The provost marshal opened file 26/114.']")));
        assertThat(browser.findElements(pendingCard(waiting))).isEmpty();
        assertThat(engagements.history(waiting.engagementId()))
                .filteredOn(step -> step.kind() == EngagementStepKind.REPLY_RECEIVED)
                .extracting(EngagementStep::remark)
                .containsExactly("The provost marshal opened file 26/114.");
        assertThat(engagements.get(waiting.engagementId()).outcome())
                .isEqualTo(EngagementOutcome.MEMBER_STATE_INVESTIGATES);
        assertThat(engine.waitingAt(waiting.caseReference()))
                .doesNotContain(EngagementFixture.WAITING_FOR_REPLY)
                .contains("user_record_national_finding");
    }

    @Test
    void a_focal_point_of_another_member_state_sees_nothing_of_it_in_the_list_or_at_its_address() {
        EngagementFixture waiting = engine.awaitingReply("CA");

        session.signIn("focal-uy");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("focal-point-view")));
        assertThat(browser.findElements(pendingCard(waiting))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(waiting.caseReference());

        session.open("/member-state/engagements/" + waiting.engagementId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "not found"));
        assertThat(browser.findElements(By.className("reply-form"))).isEmpty();
        session.open("/cases/" + waiting.caseReference());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "not found"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Military contingent");
    }

    /** Fetches the card's first note verbale link in the page, as the browser would download it; its number. */
    private String assertDownloadsThePdf(WebElement card) {
        WebElement link = card.findElement(By.cssSelector("a.note-verbale-download"));
        Object response = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0].href).then(async r => r.status + ' ' + r.headers.get('content-type') + ' '"
                                + " + new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5))).then(done);",
                        link);
        assertThat(response).isEqualTo("200 application/pdf %PDF-");
        return link.getAttribute("data-number");
    }

    private static By pendingCard(EngagementFixture waiting) {
        return By.cssSelector(".pending-engagement[data-case='" + waiting.caseReference() + "']");
    }

    private void type(String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }
}
