package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An intake officer in a real browser: a refused allegation keeps everything typed and says what
 * is wrong at the field, the corrected one is registered, and the case list finds it.
 */
@SafeguardIntegrationTest
class IntakeBrowserIT extends BrowserTestBase {

    static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Autowired
    Clock clock;

    IntakeBrowserIT() {
        super(Start.BY_THE_TEST, BrowserSession.PATIENCE);
    }

    @Test
    void a_refused_allegation_keeps_what_was_typed_and_once_corrected_is_registered_and_listed() {
        start(Locale.US);
        session.signIn("intake", BrowserSession.NAVIGATION);
        session.open("/cases/new");

        choose(byId("intake-channel"), "Hotline");
        type(input(byId("intake-duty-station")), "Bangui");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        typeDate(today.plusDays(10));
        choose(byId("intake-allegation-type"), "Transactional sex");
        type(browser.findElement(By.cssSelector("#intake-summary textarea")), "narrative as reported");
        pick(browser.findElement(By.cssSelector(".subject-row .category")), "Military", "Military contingent");
        pick(browser.findElement(By.cssSelector(".subject-row .nationality")), "Cana", "Canada (CA)");
        type(input(browser.findElement(By.cssSelector(".subject-row .unit"))), "Battalion 3");
        register();

        // The date picker may mark itself invalid before the server's message arrives: wait for the message.
        wait.until(driver -> errorOf(byId("intake-incident-date")) != null
                && !errorOf(byId("intake-incident-date")).isBlank());
        session.centre(byId("intake-incident-date"));
        assertThat(errorOf(byId("intake-incident-date")))
                .isEqualTo("Must not be after the date the allegation was received.");
        assertThat(input(byId("intake-duty-station")).getDomProperty("value")).isEqualTo("Bangui");
        assertThat(browser.findElement(By.cssSelector("#intake-summary textarea"))
                        .getDomProperty("value"))
                .isEqualTo("narrative as reported");
        assertThat(input(browser.findElement(By.cssSelector(".subject-row .nationality")))
                        .getDomProperty("value"))
                .isEqualTo("Canada (CA)");
        assertThat(input(byId("intake-incident-date")).getDomProperty("value"))
                .isEqualTo(TYPED_DATE.format(today.plusDays(10)));
        session.screenshot("intake-form");

        typeDate(today.minusDays(3));
        register();

        WebElement registered =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("registered-reference")));
        assertThat(registered.getText()).matches("Allegation registered as SEA-\\d{4}-\\d{6}\\.");
        String reference = registered.getText().replaceAll(".*(SEA-\\d{4}-\\d{6}).*", "$1");

        session.open("/cases");
        type(input(byId("cases-filter-reference")), reference.toLowerCase(Locale.ROOT));
        WebElement grid = byId("case-list");
        // The grid keeps the elements of rows it no longer shows: its size is the number of rows.
        wait.until(driver ->
                Long.valueOf(1).equals(((JavascriptExecutor) driver).executeScript("return arguments[0].size", grid)));
        assertThat(
                        grid
                                .findElements(
                                        By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(), 'SEA-')]"))
                                .stream()
                                .filter(WebElement::isDisplayed)
                                .map(WebElement::getText))
                .containsExactly(reference);
        session.screenshot("case-list");
    }

    @Test
    void an_empty_form_shows_what_is_required_before_and_says_in_french_what_to_do_at_each_field() {
        start(Locale.FRANCE);
        session.signIn("intake", BrowserSession.NAVIGATION);
        session.open("/cases/new");

        for (String required : List.of(
                "intake-received-at",
                "intake-channel",
                "intake-entity",
                "intake-duty-station",
                "intake-allegation-type",
                "intake-summary")) {
            assertThat(byId(required).getDomProperty("required")).as(required).isEqualTo("true");
        }
        assertThat(byId("intake-incident-date").getDomProperty("required")).isNotEqualTo("true");
        register();

        wait.until(driver -> errorOf(byId("intake-channel")) != null
                && !errorOf(byId("intake-channel")).isBlank());
        assertThat(errorOf(byId("intake-channel")))
                .isEqualTo("Choisissez le canal par lequel l’allégation a été reçue.");
        assertThat(errorOf(byId("intake-duty-station")))
                .isEqualTo("Indiquez le lieu d’affectation où les faits se sont produits.");
        assertThat(errorOf(byId("intake-summary"))).isEqualTo("Rédigez un résumé de ce qui a été signalé.");
        assertThat(errorOf(browser.findElement(By.cssSelector(".subject-row .category"))))
                .isEqualTo("Choisissez la catégorie de personnel.");
        String page = browser.findElement(By.tagName("body")).getText() + " "
                + ((JavascriptExecutor) browser)
                        .executeScript("return Array.from(document.querySelectorAll('[invalid]'))"
                                + ".map(field => field.errorMessage).join(' ')");
        assertThat(page).doesNotContain("null", "must not", "ne doit pas", "blank");
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    static WebElement input(WebElement field) {
        return field.findElement(By.tagName("input"));
    }

    static void type(WebElement input, String text) {
        input.click();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    void typeDate(LocalDate date) {
        WebElement input = input(byId("intake-incident-date"));
        session.centre(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), TYPED_DATE.format(date), Keys.ENTER);
        input.sendKeys(Keys.TAB);
    }

    /** Opens a select and chooses the item with that label. */
    void choose(WebElement select, String label) {
        select.click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-select-item[normalize-space()='" + label + "']")))
                .click();
    }

    /** Types into a combo box to search and chooses the item found. */
    void pick(WebElement comboBox, String search, String label) {
        input(comboBox).click();
        input(comboBox).sendKeys(search);
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-combo-box-item[normalize-space()='" + label + "']")))
                .click();
    }

    void register() {
        session.click(browser.findElement(By.cssSelector("vaadin-button.register-allegation")));
    }

    String errorOf(WebElement field) {
        return field.getDomProperty("errorMessage");
    }
}
