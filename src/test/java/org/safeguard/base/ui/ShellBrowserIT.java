package org.safeguard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.admin.Accounts;
import org.safeguard.base.i18n.Languages;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The shell in a real browser: each role's navigation, the language switch, errors, an expired session. */
@SafeguardIntegrationTest
class ShellBrowserIT extends BrowserTestBase {

    /** The one user whose language these tests change; put back to English after each test. */
    static final String FRENCH_SPEAKER = "investigator2";

    @Autowired
    Accounts accounts;

    ShellBrowserIT() {
        super(Start.BY_THE_TEST, BrowserSession.PATIENCE);
    }

    ShellPage open(Locale language) {
        start(language);
        return new ShellPage(session);
    }

    @AfterEach
    void closeBrowser() {
        accounts.setPreferredLanguage(FRENCH_SPEAKER, Languages.ENGLISH);
    }

    @ParameterizedTest(name = "{0} sees {1} and lands on {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "intake; Home|Tasks|Cases|New allegation; Conduct officer (intake); the task list",
                "investigator; Home|Tasks|Cases; Investigator; the task list",
                "vra; Home|Tasks|Cases; Victims' rights advocate; the task list",
                "manager; Home|Tasks|Cases|SLA dashboard|Unassigned work|Member State scorecard|Published statistics; Manager; the welcome page",
                "auditor; Home|Cases|Member State scorecard|Published statistics; Auditor; the welcome page",
                "owner; Home|Model library; Process owner; the welcome page",
                "focal-ca; Home|Member State portal; Member State focal point; the portal"
            })
    void each_role_sees_only_its_views_in_the_navigation(String user, String views, String role, String landing) {
        ShellPage shell = open(Locale.US);
        shell.signIn(user);

        assertThat(shell.navigation()).containsExactly(views.split("\\|"));
        assertThat(shell.signedInUser()).endsWith(" · " + role);
        if (landing.equals("the task list")) {
            shell.waitForTaskList("My tasks");
        } else if (landing.equals("the portal")) {
            shell.waiting().until(ExpectedConditions.urlContains("/member-state"));
        } else {
            shell.waitForHeading("Welcome, ");
            assertThat(browser.getCurrentUrl()).doesNotContain("/tasks");
        }
        session.screenshot("home-" + user);
    }

    @Test
    void home_forwards_a_user_whose_day_is_a_task_list_to_it_and_welcomes_the_others() {
        ShellPage shell = open(Locale.US);
        shell.signIn("investigator");
        shell.waitForTaskList("My tasks");
        shell.open("/");
        shell.waitForTaskList("My tasks");
        shell.signOut();

        shell.signInHere("manager", "demo");
        shell.waitForHeading("Welcome, ");
        shell.open("/");
        shell.waitForHeading("Welcome, ");
        assertThat(browser.getCurrentUrl()).doesNotContain("/tasks");
    }

    @Test
    void the_case_list_is_closed_to_a_role_that_may_not_see_cases() {
        ShellPage shell = open(Locale.US);
        shell.signIn("focal-ca");
        shell.navigation();

        shell.open("/cases");

        shell.waitForHeading("Page not found");
        assertThat(browser.findElements(By.tagName("vaadin-grid"))).isEmpty();
    }

    @Test
    void a_chosen_language_applies_at_once_and_again_after_signing_in_again() {
        ShellPage shell = open(Locale.US);
        shell.signIn(FRENCH_SPEAKER);
        shell.waitForTaskList("My tasks");

        shell.chooseLanguage("Français");

        shell.waitForTaskList("Mes tâches");
        assertThat(shell.navigation()).containsExactly("Accueil", "Tâches", "Dossiers");
        assertThat(shell.signedInUser()).endsWith(" · Enquêteur·rice");
        shell.open("/cases");
        shell.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[normalize-space()='Référence']")));
        assertThat(browser.getTitle()).isEqualTo("Dossiers · Safeguard");
        session.screenshot("cases-fr");

        shell.signOut();
        shell.waiting().until(ExpectedConditions.textToBe(By.cssSelector("vaadin-button[slot='submit']"), "Sign in"));
        shell.signInHere(FRENCH_SPEAKER, "demo");

        shell.waitForTaskList("Mes tâches");
    }

    @Test
    void a_french_browser_gets_french_from_the_sign_in_page_on() {
        ShellPage shell = open(Locale.CANADA_FRENCH);
        shell.open("/login");

        shell.waiting()
                .until(ExpectedConditions.textToBe(By.cssSelector("vaadin-button[slot='submit']"), "Se connecter"));
        session.screenshot("login-fr");
        shell.signInHere("auditor", "demo");
        shell.waitForHeading("Bienvenue, Aude Auditor");
    }

    @Test
    void an_unknown_page_says_so_without_technical_details() {
        ShellPage shell = open(Locale.US);
        shell.signIn("intake");
        shell.navigation();

        shell.open("/no-such-page");

        shell.waitForHeading("Page not found");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at org.");
        session.screenshot("not-found");
    }

    @Test
    void an_unexpected_failure_shows_an_apology_and_a_reference_but_no_technical_details() {
        ShellPage shell = open(Locale.US);
        shell.signIn("intake");
        shell.navigation();

        shell.open("/test-only/failing-view");

        shell.waitForHeading("Something went wrong");
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page)
                .containsPattern("reference to support: [0-9a-f]{8}")
                .doesNotContain("IllegalStateException", FailingView.DETAIL, "at org.");
        session.screenshot("error");
    }

    /** Intake's home forwards to the task list; the page asked for still wins over it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"manager", "intake"})
    void after_the_session_expires_signing_in_again_returns_to_the_page_asked_for(String user) {
        ShellPage shell = open(Locale.US);
        shell.signIn(user);
        shell.navigation();
        browser.manage().deleteAllCookies();

        shell.open("/cases");
        shell.waiting().until(ExpectedConditions.urlContains("/login"));
        shell.signInHere(user, "demo");

        // Spring Security marks the replayed request with ?continue.
        shell.waiting().until(ExpectedConditions.urlMatches("/cases(\\?continue)?$"));
        shell.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        assertThat(browser.getCurrentUrl()).doesNotContain("/tasks");
        session.screenshot("cases");
    }

    @Test
    void the_sign_in_page_is_captured_for_the_readme() {
        ShellPage shell = open(Locale.US);
        shell.open("/login");
        shell.waiting().until(ExpectedConditions.textToBe(By.cssSelector("vaadin-button[slot='submit']"), "Sign in"));
        session.screenshot("login");
        assertThat(browser.getTitle()).isEqualTo("Sign in · Safeguard");
    }
}
