package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import dev.frontline.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forecast pages in the system's Chromium: the charts draw (Chart.js from the page's JSON, under the strict CSP)
 * without a script error, the backtest table arrives through htmx, and a category chosen in a select is saved.
 * Screenshots land in {@code target/screenshots/forecast-*}.
 */
@IntegrationTest
class ForecastBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theManagerSeesTheTeamForecastWithItsFanChart() {
        browser.signIn("cara.losch");
        open("/teams/" + team("cara.losch") + "/forecast", "team-forecast");
        browser.find(By.cssSelector("canvas[data-chart='team-fan']"));
        assertThat(browser.undrawnCharts()).isEmpty();
        assertThat(browser.text(By.cssSelector("[data-testid='forecast-headline']")))
                .matches("Likely \\$[0-9.]+[kM]–\\$[0-9.]+[kM]; ([0-9]+%|over 99%|under 1%) chance of quota\\.");
        open("/teams/" + team("cara.losch") + "/forecast?period=2026-11", "team-forecast-month");
        assertNoScriptErrors();
    }

    @Test
    void theRepSetsACategoryFromTheSelectAndSeesTheCardOnTheirPage() {
        browser.signIn("moses.frase");
        open("/", "rep-home");
        browser.find(By.cssSelector("canvas[data-chart='forecast-fan']"));
        assertThat(browser.undrawnCharts()).isEmpty();
        assertThat(browser.text(By.cssSelector("[data-testid='card-headline']"))).matches("(Likely|Too few likely wins).*\\.");
        open("/forecast", "rep-forecast");
        WebElement select = browser.find(By.cssSelector("[data-testid='open-deals'] select"));
        String id = select.getAttribute("id").substring("cat-".length());
        new Select(select).selectByValue("COMMIT");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#cat-" + id + " + i.bi-check2")).isEmpty());
        assertThat(jdbc.sql("select category from forecast_category where opportunity_id = :id")
                .param("id", Long.parseLong(id)).query(String.class).single()).isEqualTo("COMMIT");
        assertNoScriptErrors();
    }

    @Test
    void theDirectorSeesTheOfficeRollUpAndTheBacktest() {
        browser.signIn("director.east");
        open("/forecast", "office-forecast");
        browser.open("/forecast/backtest");
        browser.waitUntil(d -> !d.findElements(
                By.cssSelector("canvas[data-chart='backtest-chart'][data-drawn='true']")).isEmpty());
        browser.screenshot("forecast-backtest");
        assertThat(browser.text(By.cssSelector("[data-testid='backtest-methods']")))
                .contains("frontline", "weighted-pipeline", "run-rate");
        assertNoScriptErrors();
    }

    private void open(String path, String shot) {
        browser.open(path);
        browser.waitUntil(d -> d.findElements(By.cssSelector("canvas[data-chart]"))
                .stream().allMatch(c -> "true".equals(c.getAttribute("data-drawn"))));
        browser.screenshot("forecast-" + shot);
    }

    private void assertNoScriptErrors() {
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }

    private String team(String manager) {
        return jdbc.sql("select t.id from team t join person p on p.id = t.manager_id where p.username = :u")
                .param("u", manager).query(Long.class).single().toString();
    }
}
