package org.safeguard.admin.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.testsupport.BrowserSession;

/** The administrators' "API tokens" view and its dialogs as a user drives them in the browser. */
class ApiTokensPage {

    static final By VIEW = By.cssSelector(".api-tokens-view h2");
    static final By FORM = By.cssSelector("vaadin-form-layout.issue-token-form");
    static final By ISSUED_TOKEN = By.cssSelector("vaadin-text-field.issued-token");

    /** Finds the grid row whose first cell shows arguments[0]: its cells, as the grid slots them in. */
    private static final String ROW = """
            const name = arguments[0];
            const first = Array.from(document.querySelectorAll('#api-tokens vaadin-grid-cell-content'))
                .find(c => c.textContent.trim() === name && c.assignedSlot);
            const row = first && first.assignedSlot.closest('tr');
            const cells = row ? Array.from(row.querySelectorAll('slot')).flatMap(s => s.assignedElements()) : [];
            """;

    private final BrowserSession session;
    private final WebDriver browser;
    private final WebDriverWait wait;
    private final DateTimeFormatter typedDate;

    /** @param typedDate how a user of the browser's language types a date into the date picker */
    ApiTokensPage(BrowserSession session, DateTimeFormatter typedDate) {
        this.session = session;
        this.browser = session.driver();
        this.wait = session.waiting();
        this.typedDate = typedDate;
    }

    /** Follows the navigation entry, as an administrator finds the view. */
    void openFromNavigation(String entry) {
        session.click(By.xpath("//vaadin-side-nav-item[normalize-space()='" + entry + "']"));
        wait.until(ExpectedConditions.urlContains("/admin/tokens"));
        waitForView();
    }

    void waitForView() {
        wait.until(ExpectedConditions.presenceOfElementLocated(VIEW));
        session.settle();
    }

    void openIssueDialog() {
        session.click(By.cssSelector("vaadin-button.issue-token"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(field("vaadin-text-field")));
    }

    void typeName(String name) {
        WebElement input = input("vaadin-text-field");
        session.centre(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, name, Keys.TAB);
    }

    void chooseAccount(String account) {
        WebElement input = input("vaadin-combo-box");
        input.click();
        input.sendKeys(account);
        session.clickInPlace(By.xpath("//vaadin-combo-box-item[normalize-space()='" + account + "']"));
    }

    /** Ticks (or unticks) the scope whose code is {@code code}, e.g. {@code read}. */
    void toggleScope(String code) {
        session.click(By.xpath(
                "//vaadin-checkbox-group/vaadin-checkbox[.//label[starts-with(normalize-space(), '" + code + " ')]]"));
    }

    void typeExpiry(LocalDate day) {
        WebElement input = input("vaadin-date-picker");
        session.centre(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typedDate.format(day), Keys.ENTER);
        input.sendKeys(Keys.TAB);
        session.settle();
    }

    void issue() {
        session.click(By.cssSelector("vaadin-button.confirm-issue"));
        session.settle();
    }

    /** The secret the dialog shows once issued. */
    String issuedToken() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(ISSUED_TOKEN))
                .getDomProperty("value");
    }

    void closeIssuedDialog() {
        session.click(By.cssSelector("vaadin-button.done"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(ISSUED_TOKEN));
        session.settle();
    }

    /** The message the form shows at {@code tag}'s field, once there is one. */
    String errorAt(String tag) {
        WebElement field = browser.findElement(field(tag));
        wait.until(driver -> field.getDomProperty("errorMessage") != null
                && !field.getDomProperty("errorMessage").isBlank()
                && "true".equals(field.getDomProperty("invalid")));
        return field.getDomProperty("errorMessage");
    }

    boolean invalid(String tag) {
        return "true".equals(browser.findElement(field(tag)).getDomProperty("invalid"));
    }

    /** The texts of the cells of the grid row showing {@code name}, once that row is shown. */
    @SuppressWarnings("unchecked")
    List<String> row(String name) {
        return wait.until(driver ->
                (List<String>) session.js(ROW + "return row ? cells.map(c => c.textContent.trim()) : null", name));
    }

    /** Revokes the token named {@code name} with its row's button, confirming as asked. */
    void revoke(String name) {
        session.click(revokeButton(name));
        session.clickInPlace(By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        session.settle();
    }

    /** Whether the row's revoke button is inside the grid's box as drawn, i.e. no sideways scrolling is needed. */
    boolean revokeShownWithoutScrolling(String name) {
        return (Boolean) session.js("""
                const grid = document.getElementById('api-tokens').getBoundingClientRect();
                const button = arguments[0].getBoundingClientRect();
                return button.width > 0 && button.left >= grid.left && button.right <= grid.right""", browser.findElement(revokeButton(name)));
    }

    /** Whether the cell showing {@code name} shows all of it, not cut short. */
    boolean shownInFull(String name) {
        return (Boolean) session.js(ROW + "return !!first && first.scrollWidth <= first.clientWidth", name);
    }

    /** Whether the issued token's field shows all of the token, not scrolled or cut short. */
    boolean issuedTokenShownInFull() {
        WebElement input = browser.findElement(ISSUED_TOKEN).findElement(By.tagName("input"));
        return (Boolean) session.js("return arguments[0].scrollWidth <= arguments[0].clientWidth", input);
    }

    /** Everything the page holds as text or as a field's value. */
    String everythingShown() {
        return (String) session.js("""
                return document.documentElement.outerHTML + ' '
                    + Array.from(document.querySelectorAll('vaadin-text-field, input')).map(f => f.value).join(' ')""");
    }

    private static By field(String tag) {
        return new ByChained(FORM, By.tagName(tag));
    }

    private static By revokeButton(String name) {
        return By.cssSelector("vaadin-button.revoke-token[aria-label='Revoke " + name + "']");
    }

    private WebElement input(String tag) {
        return wait.until(
                ExpectedConditions.elementToBeClickable(new ByChained(FORM, By.tagName(tag), By.tagName("input"))));
    }
}
