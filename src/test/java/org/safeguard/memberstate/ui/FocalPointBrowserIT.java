package org.safeguard.memberstate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.BrowserSession.radio;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The focal-point portal in a real browser: Canada's focal point finds the notification about a
 * Canadian contingent member, replies that Canada will investigate, and the case moves on;
 * Uruguay's focal point sees none of it, neither in the list nor at its address.
 */
@SafeguardIntegrationTest
class FocalPointBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MemberStateEngagements engagements;

    BrowserSession session;
    WebDriver browser;
    WebDriverWait wait;
    EngagementFixture.Engine engine;

    @BeforeEach
    void startBrowser() {
        engine = EngagementFixture.Engine.of(new Api(port), context);
        session = BrowserSession.start(port, Locale.US, BrowserSession.FIRST_PAGE_PATIENCE);
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void closeBrowser() {
        BrowserSession.quit(session);
    }

    @Test
    void a_focal_point_replies_that_their_country_will_investigate_and_the_case_moves_on() {
        EngagementFixture waiting = engine.awaitingReply("CA");

        session.signIn("focal-ca");
        wait.until(ExpectedConditions.urlContains("/member-state"));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(pendingCard(waiting)));
        assertThat(card.getText()).contains("Reply due before", "Reminder", "Military contingent", "MINUSCA");

        WebElement reply = card.findElement(By.cssSelector("vaadin-button.reply-to-engagement"));
        session.centre(card);
        session.screenshot("focal-point-portal");
        wait.until(ExpectedConditions.elementToBeClickable(reply)).click();
        wait.until(ExpectedConditions.urlContains("/member-state/engagements/" + waiting.engagementId()));
        session.clickInPlace(radio("Will investigate"));
        type("vaadin-text-field.officer-name input", "Maj. C. Tremblay");
        type("vaadin-text-field.officer-contact input", "c.tremblay@forces.example");
        session.screenshot("focal-point-reply");
        WebElement send = browser.findElement(By.cssSelector("vaadin-button.complete-task"));
        session.click(send);

        wait.until(ExpectedConditions.urlMatches("/member-state$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='" + waiting.caseReference() + "']")));
        assertThat(browser.findElements(pendingCard(waiting))).isEmpty();
        assertThat(engagements.history(waiting.engagementId())).extracting(EngagementStep::kind)
                .contains(EngagementStepKind.REPLY_RECEIVED);
        assertThat(engagements.get(waiting.engagementId()).outcome()).isEqualTo(EngagementOutcome.MEMBER_STATE_INVESTIGATES);
        assertThat(engine.waitingAt(waiting.caseReference())).doesNotContain(EngagementFixture.WAITING_FOR_REPLY)
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

    private static By pendingCard(EngagementFixture waiting) {
        return By.cssSelector(".pending-engagement[data-case='" + waiting.caseReference() + "']");
    }

    private void type(String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }
}
