package org.safeguard.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.statistics.Period;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A manager opens the scorecard and finds this quarter's notification to Canada, then the
 * printable statistics of the quarter with the case on it and no navigation around it.
 */
@SafeguardIntegrationTest
class StatisticsBrowserIT extends BrowserTestBase {

    @Autowired
    ApplicationContext context;

    StatisticsBrowserIT() {
        super(Start.BEFORE_EACH_TEST, BrowserSession.FIRST_PAGE_PATIENCE);
    }

    @Test
    void a_manager_reads_the_scorecard_of_this_quarter_and_prints_its_statistics() {
        EngagementFixture notified = EngagementFixture.Engine.of(api, context).awaitingReply("CA");

        session.signIn("manager");
        session.open("/scorecard");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='Canada']")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Member State scorecard");
        session.screenshot("member-state-scorecard");

        // The fixture's case was received on 20 November 2026.
        String quarter = Period.quarterOf(LocalDate.of(2026, 11, 20)).label();
        session.open("/statistics/print?period=" + quarter);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//td[normalize-space()='" + notified.caseReference() + "']")));
        assertThat(browser.findElements(By.className("signed-in-user"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Jane Example");
        session.screenshot("statistics-print");
    }
}
