package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontline.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forecast pages in the system's Chromium: the charts draw (Chart.js from the page's JSON, under the strict CSP)
 * without a script error, the backtest table arrives through htmx, and a category chosen in a select is saved.
 * Screenshots land in {@code target/screenshots/}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;

    @BeforeAll
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "Chromium and chromedriver are needed");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theManagerSeesTheTeamForecastWithItsFanChart() throws IOException {
        signIn("cara.losch");
        open("/teams/" + team("cara.losch") + "/forecast", "team-forecast");
        assertThat(browser.findElement(By.cssSelector("canvas[data-chart='team-fan']")).getAttribute("data-drawn"))
                .isEqualTo("true");
        open("/teams/" + team("cara.losch") + "/forecast?period=2026-11", "team-forecast-month");
        assertNoScriptErrors();
    }

    @Test
    void theRepSetsACategoryFromTheSelectAndSeesTheCardOnTheirPage() throws IOException {
        signIn("moses.frase");
        open("/", "rep-home");
        assertThat(browser.findElement(By.cssSelector("canvas[data-chart='forecast-fan']")).getAttribute("data-drawn"))
                .isEqualTo("true");
        open("/forecast", "rep-forecast");
        var select = browser.findElement(By.cssSelector("[data-testid='open-deals'] select"));
        String id = select.getAttribute("id").substring("cat-".length());
        new org.openqa.selenium.support.ui.Select(select).selectByValue("COMMIT");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#cat-" + id + " + i.bi-check2")));
        assertThat(jdbc.sql("select category from forecast_category where opportunity_id = :id")
                .param("id", Long.parseLong(id)).query(String.class).single()).isEqualTo("COMMIT");
        assertNoScriptErrors();
    }

    @Test
    void theDirectorSeesTheOfficeRollUpAndTheBacktest() throws IOException {
        signIn("director.east");
        open("/forecast", "office-forecast");
        browser.get(url("/forecast/backtest"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("canvas[data-chart='backtest-chart'][data-drawn='true']")));
        shoot("backtest");
        assertThat(browser.findElement(By.cssSelector("[data-testid='backtest-methods']")).getText())
                .contains("frontline", "weighted-pipeline", "run-rate");
        assertNoScriptErrors();
    }

    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid='signed-in-as']")));
    }

    private void open(String path, String shot) throws IOException {
        browser.get(url(path));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("canvas[data-chart]"))
                .stream().allMatch(c -> "true".equals(c.getAttribute("data-drawn"))));
        shoot(shot);
    }

    private void shoot(String name) throws IOException {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1400, Math.min(4000, height.intValue() + 140)));
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    private void assertNoScriptErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String team(String manager) {
        return jdbc.sql("select t.id from team t join person p on p.id = t.manager_id where p.username = :u")
                .param("u", manager).query(Long.class).single().toString();
    }
}
