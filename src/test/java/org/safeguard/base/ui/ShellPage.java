package org.safeguard.base.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.testsupport.BrowserSession;

/** The sign-in page and the shell as a user drives them in the browser. */
class ShellPage {

    private final BrowserSession session;
    private final WebDriver browser;
    private final WebDriverWait wait;

    ShellPage(BrowserSession session) {
        this.session = session;
        this.browser = session.driver();
        this.wait = session.waiting();
    }

    WebDriverWait waiting() {
        return wait;
    }

    void open(String path) {
        session.open(path);
    }

    /** Signs in from the sign-in page, waiting for nothing: each test waits for where the user lands. */
    void signIn(String user) {
        open("/login");
        signInHere(user, "demo");
    }

    /** Fills the sign-in form already shown, e.g. after a redirect to it. */
    void signInHere(String user, String password) {
        session.signInHere(user, password);
    }

    void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.sign-out")))
                .click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    String heading() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h2")))
                .getText();
    }

    void waitForHeading(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), text));
    }

    /**
     * The task list is shown, at {@code /tasks}, with its first queue tab named {@code myTasks}.
     * After signing out from it, Spring Security replays it as the page asked for ({@code ?continue}).
     */
    void waitForTaskList(String myTasks) {
        wait.until(ExpectedConditions.urlMatches("/tasks(\\?continue)?$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-tabs[contains(@class,'task-queues')]/vaadin-tab[normalize-space()=\"" + myTasks + "\"]")));
    }

    List<String> navigation() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
        return browser.findElements(By.tagName("vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String signedInUser() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.className("signed-in-user")))
                .getText();
    }

    void chooseLanguage(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select.language-switch")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-select-item[normalize-space()='" + name + "']")))
                .click();
    }
}
