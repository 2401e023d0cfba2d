package org.safeguard.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless chromium through its chromedriver: no browser download, works offline. */
public final class Browser {

    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public static boolean installed() {
        return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    }

    /** A browser that asks for English pages, whatever the machine's locale. */
    public static ChromeDriver start() {
        return start(Locale.US);
    }

    /** A browser whose user prefers {@code language} (its Accept-Language). */
    public static ChromeDriver start(Locale language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,800",
                "--lang=" + language.toLanguageTag());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.toLanguageTag()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, e.g. for the README. */
    public static Path screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Browser() {}
}
