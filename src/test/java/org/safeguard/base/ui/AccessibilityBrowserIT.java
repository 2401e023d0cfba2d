package org.safeguard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.safeguard.testsupport.Accessibility;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main pages as axe-core judges them (no critical or serious violation, one main landmark,
 * headings in order), a skip link to the content, the page's language and direction following the
 * user's, and the daily pages usable on a phone 390 pixels wide.
 */
@SafeguardIntegrationTest
class AccessibilityBrowserIT extends BrowserTestBase {

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    AccessibilityBrowserIT() {
        super(Start.BY_THE_TEST, BrowserSession.PATIENCE);
    }

    @Test
    void the_main_pages_of_every_role_have_no_serious_accessibility_violation() {
        String reference = new CaseApi(api, new DueJobs(runtime, management)).register(AllegationJson.anAllegation());
        start(Locale.US);
        List<String> found = new ArrayList<>();

        session.open("/login");
        check("/login", found);
        session.signIn("intake", BrowserSession.NAVIGATION);
        for (String page : List.of("/tasks", "/cases", "/cases/new", "/cases/" + reference)) {
            visit(page, found);
        }
        signOutAndIn("manager");
        for (String page : List.of("/", "/sla", "/sla/clocks", "/unassigned", "/scorecard", "/statistics")) {
            visit(page, found);
        }
        signOutAndIn("owner");
        visit("/models", found);
        signOutAndIn("focal-ca");
        visit("/member-state", found);

        assertThat(found)
                .as("axe-core's critical and serious violations, by page")
                .isEmpty();
    }

    @Test
    void a_skip_link_is_the_first_thing_the_keyboard_reaches_and_moves_focus_to_the_content() {
        start(Locale.US);
        session.signIn("intake", BrowserSession.NAVIGATION);
        session.open("/cases");
        session.settle();

        session.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = session.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        focused.sendKeys(Keys.ENTER);

        session.waiting().until(driver -> "main-content".equals(session.js("return document.activeElement.id")));
        assertThat(session.js("return document.querySelectorAll('main').length"))
                .isEqualTo(1L);
    }

    @Test
    void the_page_declares_the_users_language_and_direction() {
        start(Locale.FRANCE);
        session.signIn("vra", BrowserSession.NAVIGATION);
        session.open("/tasks");
        session.settle();

        session.waiting().until(driver -> "fr".equals(session.js("return document.documentElement.lang")));
        assertThat(session.js("return document.documentElement.dir")).isEqualTo("ltr");
        assertThat(session.driver().findElement(By.className("skip-link")).getAttribute("textContent"))
                .isEqualTo("Aller au contenu principal");
    }

    @Test
    void on_a_phone_the_task_list_and_the_case_file_fit_the_screen_and_sign_out_stays_reachable() {
        String reference = new CaseApi(api, new DueJobs(runtime, management)).register(AllegationJson.anAllegation());
        start(Locale.US);
        session.driver().manage().window().setSize(new Dimension(390, 844));
        session.signIn("intake", BrowserSession.SIGNED_IN);

        for (String page : List.of("/tasks", "/cases/" + reference)) {
            session.open(page);
            session.settle();
            long viewport = (Long) session.js("return window.innerWidth");
            assertThat((Long) session.js("return document.documentElement.scrollWidth"))
                    .as("the page's width on " + page)
                    .isLessThanOrEqualTo(viewport);
            // The view scrolls inside the main landmark: nothing in it may need a sideways scroll.
            assertThat(session.js("""
                    const main = document.querySelector('main');
                    if (main.scrollWidth <= main.clientWidth) { return ''; }
                    return [...main.querySelectorAll('*')]
                        .filter(e => e.getBoundingClientRect().right > main.getBoundingClientRect().right + 1)
                        .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > main.getBoundingClientRect().right + 1))
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.')).join(', ')"""))
                    .as("what is wider than the screen on " + page)
                    .isEqualTo("");
            WebElement signOut = session.driver().findElement(By.cssSelector("vaadin-button.sign-out"));
            assertThat(signOut.isDisplayed()).as("sign out shown on " + page).isTrue();
            assertThat((Boolean) session.js(
                            "const r = arguments[0].getBoundingClientRect();"
                                    + " return r.left >= 0 && r.right <= window.innerWidth && r.width > 0",
                            signOut))
                    .as("sign out inside the screen on " + page)
                    .isTrue();
            if (page.equals("/tasks")) {
                session.waiting()
                        .until(driver -> "vertical"
                                .equals(session.js(
                                        "return document.querySelector('vaadin-split-layout').orientation")));
            }
            session.screenshot("phone" + page.replace('/', '-').replaceAll("SEA-\\d{4}-\\d{6}", "case"));
        }
    }

    private void visit(String page, List<String> found) {
        session.open(page);
        check(page, found);
    }

    private void check(String page, List<String> found) {
        session.settle();
        // Diagrams and charts draw after the page settles: judge them drawn, as users meet them.
        session.waiting()
                .until(
                        driver -> Boolean.TRUE.equals(
                                session.js(
                                        "return [...document.querySelectorAll('bpmn-diagram, sg-chart')]"
                                                + ".every(e => e.hasAttribute('drawn') || (e.localName === 'sg-chart' && !e.config))")));
        Accessibility.seriousViolations(session.driver()).forEach(violation -> found.add(page + " → " + violation));
    }

    private void signOutAndIn(String user) {
        session.driver().manage().deleteAllCookies();
        session.signIn(user, BrowserSession.NAVIGATION);
    }
}
