package org.safeguard.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;

/** A manager drills from a dashboard number to exactly the clocks behind it. */
@SafeguardIntegrationTest
class SlaDashboardBrowserIT extends BrowserTestBase {

    static final By BREACHED_ASSESSMENTS =
            By.cssSelector(".sla-tally-clock a.drill-breached[href*='clock=PRELIMINARY_ASSESSMENT']");

    @Test
    void a_manager_drills_from_the_breached_assessments_to_the_cases_behind_the_number() {
        String overdue = caseReceivedAt("2020-03-02T09:00:00Z");
        session.signIn("manager");
        session.open("/sla");

        WebElement number = wait.until(ExpectedConditions.elementToBeClickable(BREACHED_ASSESSMENTS));
        long shown = Long.parseLong(number.getText());
        assertThat(shown).as("the case registered years ago is overdue").isPositive();
        WebElement trend = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("sg-chart.breach-trend[drawn] canvas")));
        assertThat(trend.isDisplayed()).isTrue();
        Object weeks = ((JavascriptExecutor) browser)
                .executeScript(
                        "return document.querySelector('sg-chart.breach-trend').config.data.datasets[0].data.length");
        assertThat(((Number) weeks).intValue())
                .as("Chart.js draws one bar per week")
                .isGreaterThanOrEqualTo(12);
        session.screenshot("sla-dashboard");
        session.click(number);

        WebElement count = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".clock-count")));
        assertThat(browser.getCurrentUrl())
                .contains("/sla/clocks?", "state=BREACHED", "open=true", "clock=PRELIMINARY_ASSESSMENT")
                .doesNotContain("Jane");
        assertThat(Long.parseLong(count.getAttribute("data-count"))).isEqualTo(shown);
        List<String> expected = exported("state=BREACHED&open=true&clock=PRELIMINARY_ASSESSMENT");
        assertThat(expected).hasSize((int) shown).contains(overdue);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sla-clocks a.case-link")));
        List<String> listed = browser.findElements(By.cssSelector("#sla-clocks a.case-link")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
        assertThat(listed)
                .as("the grid's rows, soonest target first, are the clocks counted")
                .isNotEmpty()
                .isEqualTo(expected.subList(0, listed.size()));
        session.screenshot("sla-drill-down");

        session.click(browser.findElement(
                By.xpath("//a[contains(@class,'case-link') and normalize-space()='" + listed.get(0) + "']")));
        wait.until(ExpectedConditions.urlContains("/cases/" + listed.get(0)));
    }

    @Test
    void a_link_with_a_filter_that_is_not_valid_says_so() {
        session.signIn("manager");
        session.open("/sla/clocks?state=LATE");

        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invalid-filter")))
                        .getText())
                .contains("not valid");
    }

    /** The case references of the CSV export with the same filter, in its order. */
    private List<String> exported(String query) {
        HttpResponse<String> csv = api.get("manager", "/api/sla-clocks.csv?" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        return Arrays.stream(csv.body().replace("\uFEFF", "").split("\r\n"))
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .toList();
    }

    private String caseReceivedAt(String receivedAt) {
        return new Intake(api)
                .register(AllegationJson.anAllegation().receivedAt(receivedAt).incidentOn("2020-02-20"));
    }
}
