package dev.frontline.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import dev.frontline.organization.Organization;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dossier page in the system's Chromium: charts drawn, history swapped and private notes opened with htmx. */
@IntegrationTest
class DossierBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Organization organization;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900");
        browser = new ChromeDriver(options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys("director.east");
        browser.findElement(By.name("password")).sendKeys("demo", Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void chartsDrawTheHistorySwapsAndPrivateNotesOpenOnDemand() {
        long rep = organization.findByUsername("rosie.papadopoulos").orElseThrow().id();
        browser.get("http://localhost:" + port + "/reps/" + rep + "/dossier");

        wait.until(d -> d.findElements(By.cssSelector("canvas[data-drawn]")).size() >= 4);
        assertThat(browser.getTitle()).isEqualTo("Dossier · Rosie Papadopoulos · Frontline");

        browser.findElement(By.id("history-key")).sendKeys("Negotiation");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-chart='history-chart-negotiation'][data-drawn]")));

        browser.findElement(By.cssSelector("[data-testid=open-notes]")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-text"))).sendKeys("Seen in the browser");
        browser.findElement(By.cssSelector("#notes-panel button[type=submit]")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes-panel"), "Seen in the browser"));
    }
}
