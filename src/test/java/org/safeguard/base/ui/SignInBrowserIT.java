package org.safeguard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;

/** The UI in a real browser: sign in with the form, land on the task list, open the case list. */
@SafeguardIntegrationTest
class SignInBrowserIT extends BrowserTestBase {

    @Test
    void a_conduct_officer_signs_in_lands_on_the_task_list_and_finds_a_new_case_in_the_case_list() {
        String reference = new Intake(api).register(AllegationJson.anAllegation());

        signIn("intake", "demo");

        wait.until(ExpectedConditions.urlMatches("/tasks$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-tab[normalize-space()='My tasks']")));
        assertThat(browser.getPageSource()).doesNotContain("Welcome, Ines Intake");
        session.open("/cases");
        wait.until(ExpectedConditions.presenceOfElementLocated(BrowserSession.gridCell(reference)));
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_sign_in_page() {
        signIn("intake", "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        assertThat(browser.getPageSource()).doesNotContain("Welcome", "My tasks");
    }

    private void signIn(String user, String password) {
        session.open("/login");
        session.signInHere(user, password);
    }
}
