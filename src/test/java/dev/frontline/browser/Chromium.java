package dev.frontline.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Drives the system's Chromium ({@code /usr/bin/chromium} with {@code /usr/bin/chromedriver}) headless. One browser
 * serves the whole test run and quits at its end. It asks pages for reduced motion, so what a test clicks or
 * photographs has stopped moving. Without a browser on the machine the tests are skipped, unless
 * {@code FRONTLINE_REQUIRE_BROWSER=true}, in which case they fail.
 */
public final class Chromium implements BeforeAllCallback, ParameterResolver, TestWatcher {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final String REQUIRE = "FRONTLINE_REQUIRE_BROWSER";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        requireOrSkip(BINARY, driverExecutable(), Boolean.parseBoolean(System.getenv(REQUIRE)));
    }

    /**
     * Returns when both executables are there; otherwise skips the test (a JUnit assumption) or, when a browser is
     * required, fails it.
     */
    static void requireOrSkip(Path binary, Path driver, boolean required) {
        boolean present = Files.isExecutable(binary) && Files.isExecutable(driver);
        if (!present && required) {
            throw new IllegalStateException("No browser: " + binary + " and " + driver + " are needed because "
                    + REQUIRE + "=true (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, () -> "Browser tests skipped: no " + binary + " or " + driver);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Session.class, type -> Session.start(), Session.class).driver();
    }

    /** Keeps what the browser showed when a test failed, as {@code target/screenshots/failed-<test>.png}. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Session session = context.getRoot().getStore(NAMESPACE).get(Session.class, Session.class);
        if (session != null) {
            new Browser(session.driver(), 0).screenshot("failed-" + context.getRequiredTestClass().getSimpleName()
                    + "-" + context.getRequiredTestMethod().getName());
        }
    }

    private static Path driverExecutable() {
        return Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    }

    /** A running browser with its own throw-away profile; closed by JUnit when the run ends. */
    private record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

        static Session start() {
            deleteQuietly(Browser.SCREENSHOTS);
            Path profile = temporaryProfile();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--force-prefers-reduced-motion",
                    "--window-size=" + Browser.LAPTOP.getWidth() + "," + Browser.LAPTOP.getHeight(),
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(driverExecutable().toString())).build();
            return new Session(new ChromeDriver(service, options), profile);
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteQuietly(profile);
            }
        }

        private static Path temporaryProfile() {
            try {
                return Files.createTempDirectory("frontline-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void deleteQuietly(Path directory) {
            if (!Files.exists(directory)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
