package org.safeguard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.Browser;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The UI in a real browser: sign in with the form, land on the task list, open the case list. */
@SafeguardIntegrationTest
class SignInBrowserIT {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        Assumptions.assumeTrue(Browser.installed(),
                "Debian's chromium and chromium-driver are not installed here; .ci/run installs them");
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_conduct_officer_signs_in_lands_on_the_task_list_and_finds_a_new_case_in_the_case_list() {
        String reference = Api.json(new Api(port).postCase("intake", AllegationJson.EXAMPLE)).get("reference").asText();

        signIn("intake", "demo");

        wait.until(ExpectedConditions.urlMatches("/tasks$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[normalize-space()='My tasks']")));
        assertThat(browser.getPageSource()).doesNotContain("Welcome, Ines Intake");
        browser.get(url("/cases"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='" + reference + "']")));
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_sign_in_page() {
        signIn("intake", "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        assertThat(browser.getPageSource()).doesNotContain("Welcome", "My tasks");
    }

    private void signIn(String user, String password) {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
