package dev.frontline.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the browser, against the application under test. */
public final class Browser {

    static final Dimension LAPTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String PASSWORD = "demo";

    private final WebDriver driver;
    private final String base;

    public Browser(WebDriver driver, int port) {
        this.driver = driver;
        this.base = "http://localhost:" + port;
    }

    /** Signed out, on a laptop-size screen, with the console log read. */
    public void startOver() {
        laptop();
        open("/login");
        driver.manage().deleteAllCookies();
        consoleErrors();
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the login form and waits for the page it leads to. */
    public Browser signIn(String username) {
        open("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(PASSWORD);
        find(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(d -> !path().startsWith("/login"));
        return this;
    }

    public void signOut() {
        click(find(By.cssSelector("form[action='/logout'] button")));
        waitUntil(d -> path().startsWith("/login"));
    }

    /** The current path with its query, without the host. */
    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks an element after scrolling it to the middle of the screen, clear of the sticky navigation bar. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText().trim();
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The console's errors since the last call (failed loads, script errors, Content-Security-Policy refusals). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Canvases of the page that Chart.js has not drawn a chart on, within 5 s: frontline.js fetches Chart.js and
     * draws each chart in a task of its own, so the last may come a moment after the page has loaded.
     */
    public List<String> undrawnCharts() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> undrawnNow().isEmpty());
        } catch (TimeoutException e) {
            // the caller reports which
        }
        return undrawnNow();
    }

    private List<String> undrawnNow() {
        @SuppressWarnings("unchecked")
        List<String> undrawn = (List<String>) script("""
                return Array.from(document.querySelectorAll('canvas[data-chart]'))
                    .filter(c => typeof Chart === 'undefined' || !Chart.getChart(c))
                    .map(c => c.dataset.chart);
                """);
        return undrawn;
    }

    /** How many CSS pixels the page is wider than the screen (0 when nothing sticks out sideways). */
    public long horizontalOverflow() {
        return (Long) script("return Math.max(0, document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth);");
    }

    /** Emulates a phone's screen (width, touch, mobile viewport) until {@link #laptop()}. */
    public Browser phone() {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE.getWidth(), "height", PHONE.getHeight(),
                "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    public Browser laptop() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(LAPTOP);
        return this;
    }

    /** Saves the whole page, not only the visible part, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        waitUntil(d -> "complete".equals(script("return document.readyState")));
        script("return document.fonts.ready.then(() => true);");
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) script(
                "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0).doubleValue(),
                "height", Math.min(8000, size.get(1).doubleValue()), "scale", 1);
        Map<String, Object> shot = cdp("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return ((HasCdp) driver).executeCdpCommand(command, parameters);
    }
}
