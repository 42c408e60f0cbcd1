package dev.frontline.browser;

import dev.frontline.IntegrationTest;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The quota grid in the browser, as Cara Losch sees it on the demo: her newcomer Elizabeth Anderson marked as
 * ramping with her prorated quota; the next quarter's suggestions reached from another year's grid; "accept all"
 * saying what it set; a bad ramp refused naming the problem. On a laptop and a phone, without console errors or
 * anything sticking out sideways; screenshots in {@code target/screenshots/quotas-*}.
 */
@IntegrationTest
class QuotasBrowserTest extends BrowserTestSupport {

    private final SoftAssertions softly = new SoftAssertions();

    @Test
    void aManagerSeesHerNewHireRampingAndAcceptsNextQuartersSuggestionsFromAnyYear() {
        browser.signIn("cara.losch");
        browser.open("/results");
        String team = browser.path().replaceAll("^/teams/(\\d+)/results.*", "$1");
        browser.open("/teams/" + team + "/quotas");

        WebElement elizabeth = browser.find(By.cssSelector("[data-testid=quota-grid] tr[data-rep='elizabeth.anderson']"));
        softly.assertThat(elizabeth.getText()).contains("joined 1 Nov 2026",
                "joined 1 Nov 2026 · ramping: 25% in November, 50% in December", "counts $");
        softly.assertThat(elizabeth.findElements(By.cssSelector("[data-testid=ramp-note]")))
                .extracting(WebElement::getText).anyMatch(t -> t.startsWith("before joining"));
        wholeNumbers();
        look("quotas-01-grid");
        onPhone("quotas-01-grid-phone");

        // Another year's grid still leads to the next quarter's suggestions.
        browser.click(browser.find(By.cssSelector("a[aria-label='Previous year']")));
        browser.waitUntil(d -> browser.text(By.tagName("h1")).startsWith("Quotas") && browser.path().contains("year=2025"));
        WebElement next = browser.find(By.cssSelector("[data-testid=next-suggestions]"));
        softly.assertThat(next.getText()).isEqualTo("Suggestions for 2027-Q1");
        browser.click(next);
        browser.waitUntil(d -> browser.path().contains("period=2027-Q1"));
        softly.assertThat(browser.path()).contains("year=2025");
        softly.assertThat(browser.text(By.cssSelector("[data-testid=suggestions-title]")))
                .startsWith("Suggested quotas for 2027-Q1");
        softly.assertThat(browser.text(By.cssSelector("[data-testid=suggestions] tr[data-rep='elizabeth.anderson']")))
                .contains("ramping: 75% in January");
        look("quotas-02-suggestions-from-2025");

        // Change Violet's 2027-Q1 quota in the 2027 grid, then accept all: the page says what it set and what was.
        browser.open("/teams/" + team + "/quotas?year=2027");
        WebElement violet = browser.find(By.id("q-violet.mclelland-2027-Q1"));
        violet.clear();
        violet.sendKeys("1000");
        browser.click(browser.find(By.xpath("//button[normalize-space()='Save quotas']")));
        browser.waitUntil(d -> browser.text(By.cssSelector("[data-testid=notice]")).contains("Quotas saved."));
        browser.click(browser.find(By.cssSelector("[data-testid=accept-all]")));
        String notice = browser.text(By.cssSelector("[data-testid=accepted]"));
        softly.assertThat(notice).startsWith("Set 1 quota for 2027-Q1:").contains("Violet Mclelland $")
                .contains("(was $1,000)").contains("already as suggested");
        softly.assertThat(browser.path()).contains("year=2027").contains("period=2027-Q1");
        softly.assertThat(browser.find(By.id("q-violet.mclelland-2027-Q1")).getAttribute("value"))
                .matches("\\d+").isNotEqualTo("1000");
        wholeNumbers();
        look("quotas-03-accepted");

        // On a phone, accepting again says that nothing needed changing.
        browser.phone();
        browser.click(browser.find(By.cssSelector("[data-testid=accept-all]")));
        softly.assertThat(browser.text(By.cssSelector("[data-testid=accepted]")))
                .startsWith("No quota changed for 2027-Q1;").contains("already as suggested");
        look("quotas-03-accepted-phone");
        softly.assertThat(browser.horizontalOverflow()).as("pixels sticking out sideways on the phone").isZero();
        browser.laptop();

        // A ramp that goes down is refused, naming the field; nothing is saved.
        browser.open("/teams/" + team + "/quotas#ramp");
        WebElement steps = browser.find(By.id("ramp-steps"));
        softly.assertThat(steps.getAttribute("value")).isEqualTo("25/50/75/100");
        steps.clear();
        steps.sendKeys("50/25");
        browser.click(browser.find(By.xpath("//button[normalize-space()='Save ramp']")));
        softly.assertThat(browser.text(By.cssSelector("[data-testid=problem]")))
                .contains("steps: month 2 (25%) is below month 1 (50%)");
        softly.assertThat(browser.find(By.id("ramp-steps")).getAttribute("value")).isEqualTo("25/50/75/100");
        browser.screenshot("quotas-04-bad-ramp");
        softly.assertThat(browser.consoleErrors()).as("console errors on the refused ramp, beyond its own 422")
                .allMatch(e -> e.contains("/quotas/ramp") && e.contains("status of 422"));
        browser.open("/teams/" + team + "/quotas#ramp");
        softly.assertThat(browser.text(By.cssSelector("[data-testid=starts] tr[data-rep='elizabeth.anderson']")))
                .contains("joined 1 Nov 2026 · ramping: 25% in November, 50% in December");
        look("quotas-05-ramp-card");
        onPhone("quotas-05-ramp-card-phone");
        softly.assertAll();
    }

    /** Every quota input shows a whole number (or nothing). */
    private void wholeNumbers() {
        List<String> values = browser.all(By.cssSelector("[data-testid=quota-grid] input[name^='amount:']")).stream()
                .map(e -> e.getAttribute("value")).toList();
        softly.assertThat(values).isNotEmpty().allMatch(v -> v == null || v.matches("\\d*"));
        softly.assertThat(values).anyMatch(v -> v != null && !v.isEmpty());
    }

    private void look(String name) {
        browser.screenshot(name);
        softly.assertThat(browser.consoleErrors()).as("console errors on %s", name).isEmpty();
    }

    private void onPhone(String name) {
        browser.phone();
        browser.driver().navigate().refresh();
        look(name);
        softly.assertThat(browser.horizontalOverflow()).as("pixels sticking out sideways on %s", name).isZero();
        browser.laptop();
    }
}
