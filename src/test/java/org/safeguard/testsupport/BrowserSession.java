package org.safeguard.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless browser on the application at {@code port}, as the browser tests drive it: sign in
 * with the form, open a path, wait, click what a user can click. Start it in {@code @BeforeEach}
 * (or in the test) and {@link #quit} it in {@code @AfterEach}; without Debian's chromium the test
 * is skipped, not failed.
 */
public final class BrowserSession {

    /** Enough for a page of a warm server. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The first page of a fresh dev-mode server may wait for Vaadin's frontend bundle. */
    public static final Duration FIRST_PAGE_PATIENCE = Duration.ofSeconds(120);
    /** What the shell shows once a user is signed in. */
    public static final By SIGNED_IN = By.className("signed-in-user");
    /** The shell's navigation, shown once a user is signed in. */
    public static final By NAVIGATION = By.tagName("vaadin-side-nav-item");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final int port;
    private final Duration patience;

    private BrowserSession(WebDriver browser, int port, Duration patience) {
        this.browser = browser;
        this.port = port;
        this.patience = patience;
        this.wait = new WebDriverWait(browser, patience);
    }

    /** An English browser, waiting up to {@link #PATIENCE}. */
    public static BrowserSession start(int port) {
        return start(port, Locale.US, PATIENCE);
    }

    /** A browser whose user prefers {@code language}, waiting up to {@link #PATIENCE}. */
    public static BrowserSession start(int port, Locale language) {
        return start(port, language, PATIENCE);
    }

    /** Skips the test where chromium is not installed. */
    public static BrowserSession start(int port, Locale language, Duration patience) {
        Assumptions.assumeTrue(
                Browser.installed(),
                "Debian's chromium and chromium-driver are not installed here; .ci/run installs them");
        return new BrowserSession(Browser.start(language), port, patience);
    }

    /** Closes the browser of a session, if one was started (the test may have been skipped). */
    public static void quit(BrowserSession session) {
        if (session != null) {
            session.browser.quit();
        }
    }

    public WebDriver driver() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void open(String path) {
        browser.get(url(path));
    }

    /** Signs in with the form and waits for the shell to show the signed-in user. */
    public void signIn(String user) {
        signIn(user, SIGNED_IN);
    }

    /** Signs in with the form and waits for {@code shown}, e.g. {@link #NAVIGATION}. */
    public void signIn(String user, By shown) {
        open("/login");
        signInHere(user, Api.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(shown));
    }

    /** Fills the sign-in form already shown (e.g. after a redirect to it) and submits it, waiting for nothing. */
    public void signInHere(String user, String password) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    /**
     * Delays every request the page sends by {@code latency} from now on, as a far or busy server
     * would: what the user does next happens while their last action is still in flight.
     */
    public void slowNetwork(Duration latency) {
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(latency);
        ((HasNetworkConditions) browser).setNetworkConditions(slow);
    }

    public WebElement waitFor(By target) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(target));
    }

    /**
     * Clicks once the element is shown and takes the click, scrolled to the middle of the window
     * first: views scroll inside the app layout, which Selenium's own scrolling does not reach, and
     * the fixed header and notifications cover the edges. A grid re-renders its rows when a filter
     * applies, so an element found a moment before may be detached or covered by the time it is
     * clicked: it is found again and the click tried again until the patience runs out.
     */
    public WebElement click(By target) {
        return new WebDriverWait(browser, patience)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(driver -> {
                    List<WebElement> found = driver.findElements(target);
                    if (found.isEmpty()) {
                        return null;
                    }
                    WebElement element = found.get(0);
                    centre(element);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return null;
                    }
                    element.click();
                    return element;
                });
    }

    /** Scrolls the element to the middle of the window and clicks it once it is clickable. */
    public void click(WebElement element) {
        centre(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Clicks where the element is, once it is clickable: for tabs and headers, always in view. */
    public WebElement clickInPlace(By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        element.click();
        return element;
    }

    /** Scrolls the element to the middle of the window. */
    public void centre(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /**
     * Waits until the page's Vaadin client has nothing in flight: the view is drawn and the server
     * has answered everything it asked.
     */
    public void settle() {
        wait.until(driver -> Boolean.TRUE.equals(js("""
                return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())
                    && document.readyState === 'complete'""")));
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        return Browser.screenshot(browser, name);
    }

    /**
     * Opens the grid row whose cell shows that text, as a user clicks a row. A grid keeps the
     * elements of rows it no longer shows, so only a shown cell counts; in a narrow grid the cell
     * may sit under the frozen columns, so the click goes to what is shown at its place, provided
     * that is a cell of the same row.
     */
    public void clickGridCell(String text) {
        // A filter typed just before refreshes the grid: its rows are reused while it redraws.
        settle();
        new WebDriverWait(browser, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(driver -> {
                    for (WebElement cell : driver.findElements(gridCell(text))) {
                        if (!cell.isDisplayed()) {
                            continue;
                        }
                        WebElement shown = (WebElement) js("""
                            const cell = arguments[0];
                            cell.scrollIntoView({block: 'center'});
                            const box = cell.getBoundingClientRect();
                            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                            const content = hit && hit.closest('vaadin-grid-cell-content');
                            const rowOf = c => c && c.assignedSlot && c.assignedSlot.closest('tr');
                            return content && rowOf(content) === rowOf(cell) ? content : null""", cell);
                        if (shown != null) {
                            shown.click();
                            return true;
                        }
                    }
                    return false;
                });
    }

    /** A grid cell showing exactly {@code text}. */
    public static By gridCell(String text) {
        return By.xpath("//vaadin-grid-cell-content[normalize-space()='" + text + "']");
    }

    /** A radio button by its label. */
    public static By radio(String label) {
        return By.xpath("//vaadin-radio-button[.//label[normalize-space()='" + label + "']]");
    }

    /** A checkbox by its label. */
    public static By checkbox(String label) {
        return By.xpath("//vaadin-checkbox[.//label[normalize-space()='" + label + "']]");
    }
}
