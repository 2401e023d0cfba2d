package org.safeguard.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.admin.ApiTokenSettings;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.Accessibility;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.BrowserSession;
import org.safeguard.testsupport.BrowserTestBase;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrators' "API tokens" view in a real browser: a token issued there is shown once, works
 * against the API within its scope, is listed without its secret and, revoked there, is refused from
 * the next call; bad input is refused at its field in the user's language and issues nothing; other
 * roles do not reach the view. Each test issues tokens for an account of its own.
 */
@SafeguardIntegrationTest
class ApiTokensBrowserIT extends BrowserTestBase {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");
    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** How the list shows an expiry to an English user: the start of the chosen day, in UTC. */
    static final DateTimeFormatter LISTED_EXPIRY =
            DateTimeFormatter.ofPattern("d MMM yyyy, '00:00 UTC'", Locale.ENGLISH);

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokenSettings settings;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    String account;
    String name;

    ApiTokensBrowserIT() {
        super(Start.BY_THE_TEST, BrowserSession.PATIENCE);
    }

    @BeforeEach
    void anAccountForTheTokens() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        account = "feed-" + suffix;
        name = "Complaint mechanism feed " + suffix;
        accounts.create(
                new Account(account, "Token test", null, "MINUSCA", null, Set.of(Role.INTAKE)), "an unused password");
    }

    @Test
    void
            an_administrator_issues_a_token_shown_once_that_works_within_its_scope_is_listed_and_once_revoked_is_refused() {
        ApiTokensPage page = signIn("admin", Locale.US, US_DATE);
        page.openFromNavigation("API tokens");
        LocalDate expiry = today().plusDays(30);

        page.openIssueDialog();
        page.typeName(name);
        page.chooseAccount(account);
        page.toggleScope("read");
        page.typeExpiry(expiry);
        page.issue();

        String token = page.issuedToken();
        assertThat(token).matches("sgt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        String secret = token.substring("sgt_0123456789abcdef_".length());
        assertThat(page.issuedTokenShownInFull()).as("the whole token is shown").isTrue();
        session.screenshot("api-token-issued");
        assertThat(api.bearer(token, "GET", "/api/tasks", null).statusCode()).isEqualTo(200);
        HttpResponse<String> write = api.bearer(token, "POST", "/api/cases", "{}");
        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
        assertThat(Api.json(write).get("reason").asText()).isEqualTo("scope");

        page.closeIssuedDialog();
        assertThat(page.row(name)).contains(account, "read", LISTED_EXPIRY.format(expiry), "Active");
        assertThat(page.everythingShown())
                .as("the secret is gone with its dialog")
                .doesNotContain(secret);
        browser.navigate().refresh();
        page.waitForView();
        assertThat(page.row(name)).contains(account, "read", LISTED_EXPIRY.format(expiry), "Active");
        assertThat(page.everythingShown()).as("and not shown again").doesNotContain(secret);
        assertThat(page.shownInFull(name)).as("the name is readable").isTrue();
        assertThat(page.revokeShownWithoutScrolling(name))
                .as("revoking needs no sideways scrolling")
                .isTrue();
        session.screenshot("api-tokens");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        page.revoke(name);

        session.waiting().until(driver -> page.row(name).contains("Revoked"));
        HttpResponse<String> refused = api.bearer(token, "GET", "/api/tasks", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(Api.json(refused).get("reason").asText()).isEqualTo("revoked");
    }

    @Test
    void bad_input_is_refused_at_its_field_in_french_and_issues_nothing() {
        ApiTokensPage page = signIn("admin", Locale.FRANCE, FRENCH_DATE);
        page.openFromNavigation("Jetons d’API");
        session.screenshot("api-tokens-fr");
        int issuedBefore = issuedCount();

        page.openIssueDialog();
        page.issue();

        assertThat(page.errorAt("vaadin-text-field")).isEqualTo("Donnez au jeton un nom de 100 caractères au plus.");
        assertThat(page.errorAt("vaadin-checkbox-group")).isEqualTo("Choisissez au moins une portée.");
        assertThat(page.invalid("vaadin-date-picker"))
                .as("the offered expiry is good")
                .isFalse();
        session.screenshot("api-token-refused");

        LocalDate lastDay = LocalDate.ofInstant(clock.instant().plus(settings.maxLifetime()), ZoneOffset.UTC);
        for (LocalDate expiry : new LocalDate[] {lastDay.plusDays(1), today().minusDays(1)}) {
            cancelAndReopen(page);
            page.typeName(name);
            page.chooseAccount(account);
            page.toggleScope("read");
            page.typeExpiry(expiry);
            page.issue();

            assertThat(page.errorAt("vaadin-date-picker"))
                    .as("expiring %s", expiry)
                    .isEqualTo("Choisissez un jour entre demain et dans un an.");
            assertThat(page.invalid("vaadin-text-field")).isFalse();
        }

        assertThat(browser.findElements(ApiTokensPage.ISSUED_TOKEN)).isEmpty();
        assertThat(issuedCount()).isEqualTo(issuedBefore);
    }

    @Test
    void an_investigator_is_not_offered_the_view_and_is_refused_its_route() {
        start(Locale.US);
        session.signIn("investigator", BrowserSession.NAVIGATION);
        assertThat(browser.findElements(BrowserSession.NAVIGATION))
                .extracting(WebElement::getText)
                .isNotEmpty()
                .doesNotContain("API tokens");

        session.open("/admin/tokens");

        session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Page not found"));
        assertThat(browser.findElements(By.id("api-tokens"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("vaadin-button.issue-token")))
                .isEmpty();
    }

    private ApiTokensPage signIn(String user, Locale language, DateTimeFormatter typedDate) {
        start(language);
        session.signIn(user, BrowserSession.NAVIGATION);
        return new ApiTokensPage(session, typedDate);
    }

    /** Escape closes the dialog and drops its form with what was typed; the view's button opens a fresh one. */
    private void cancelAndReopen(ApiTokensPage page) {
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        session.waiting().until(ExpectedConditions.numberOfElementsToBe(ApiTokensPage.FORM, 0));
        page.openIssueDialog();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private int issuedCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE username = ?", Integer.class, account);
    }
}
