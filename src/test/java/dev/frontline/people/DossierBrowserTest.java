package dev.frontline.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import dev.frontline.browser.BrowserTestSupport;
import dev.frontline.organization.Organization;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/** The dossier page in the system's Chromium: charts drawn, history swapped and private notes opened with htmx. */
@IntegrationTest
class DossierBrowserTest extends BrowserTestSupport {

    @Autowired
    Organization organization;

    @Test
    void chartsDrawTheHistorySwapsAndPrivateNotesOpenOnDemand() {
        browser.signIn("director.east");
        long rep = organization.findByUsername("rosie.papadopoulos").orElseThrow().id();
        browser.open("/reps/" + rep + "/dossier");

        browser.waitUntil(d -> d.findElements(By.cssSelector("canvas[data-drawn]")).size() >= 4);
        assertThat(browser.driver().getTitle()).isEqualTo("Dossier · Rosie Papadopoulos · Frontline");

        browser.find(By.id("history-key")).sendKeys("Negotiation");
        browser.waitUntil(d -> !d.findElements(
                By.cssSelector("canvas[data-chart='history-chart-negotiation'][data-drawn]")).isEmpty());

        browser.find(By.cssSelector("[data-testid=open-notes]")).sendKeys(Keys.ENTER);
        browser.find(By.id("note-text")).sendKeys("Seen in the browser");
        browser.find(By.cssSelector("#notes-panel button[type=submit]")).sendKeys(Keys.ENTER);
        browser.waitUntil(d -> browser.text(By.id("notes-panel")).contains("Seen in the browser"));
        browser.screenshot("dossier-director");
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }
}
