package org.safeguard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bell in the header counts the signed-in user's unread deadline notifications, lists them
 * with a link to each case, and marking one read clears the count.
 */
@SafeguardIntegrationTest
class NotificationBellBrowserIT extends BrowserTestBase {

    /** A user no clock is assigned to and who hears of no breach, so only this test's rows are theirs. */
    static final String USER = "auditor";

    static final String REFERENCE = "SEA-2027-990001";

    @Autowired
    JdbcTemplate jdbc;

    NotificationBellBrowserIT() {
        super(Start.BY_THE_TEST, BrowserSession.PATIENCE);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM sla_notification WHERE recipient = ?", USER);
    }

    @Test
    void the_bell_shows_the_unread_count_lists_the_notification_and_marks_it_read() {
        start(Locale.US);
        WebDriver browser = session.driver();
        jdbc.update(
                "INSERT INTO sla_notification (clock_id, threshold, recipient, case_reference, clock_kind, target_at,"
                        + " created_at) VALUES ('T-bell-test', 'BREACH', ?, ?, 'INVESTIGATION', ?, ?)",
                USER,
                REFERENCE,
                Timestamp.from(Instant.parse("2027-03-08T09:00:00Z")),
                Timestamp.from(Instant.now()));
        ShellPage shell = new ShellPage(session);
        shell.signIn(USER);

        By bell = By.cssSelector(".notification-bell vaadin-button");
        shell.waiting().until(ExpectedConditions.attributeToBe(bell, "aria-label", "Notifications, 1 unread"));
        assertThat(browser.findElement(By.cssSelector(".notification-count")).getText())
                .isEqualTo("1");

        browser.findElement(bell).click();
        By link = By.cssSelector("a[href='cases/" + REFERENCE + "']");
        shell.waiting().until(ExpectedConditions.visibilityOfElementLocated(link));
        assertThat(browser.findElement(link).getText())
                .startsWith(REFERENCE + ": Investigation target missed its target");
        session.screenshot("notification-bell");

        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Mark as read']"))
                .click();
        shell.waiting().until(ExpectedConditions.attributeToBe(bell, "aria-label", "Notifications, 0 unread"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sla_notification WHERE recipient = ? AND read_at IS NULL",
                        Long.class,
                        USER))
                .isZero();
    }
}
