package dev.frontline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The administrator's deal list in the browser: sorting by a column header (with the mouse and the keyboard),
 * searching, the collapsible filters, a deal's page with its forecast; on a laptop the table shows every column, on
 * a phone the deal column stays in view while the table scrolls. Figures from the shipped CSV files; screenshots in
 * {@code target/screenshots/opportunities-*}.
 */
@IntegrationTest
class OpportunitiesBrowserTest extends BrowserTestSupport {

    private static final By ROWS = By.cssSelector("[data-testid=deals-table] tbody tr[data-deal]");
    private static final By COUNT = By.cssSelector("[data-testid=deal-count]");

    private final SoftAssertions softly = new SoftAssertions();

    /** Each deal of the file: id → [account, value (the close value, else the product's list price), stage, engaged]. */
    private final Map<String, String[]> deals = deals();

    @Test
    void theAdminSortsSearchesAndFiltersTheListAndOpensADeal() {
        browser.signIn("admin").open("/opportunities");
        softly.assertThat(browser.text(COUNT)).isEqualTo("8,800 deals");
        softly.assertThat(browser.script("const t = document.querySelector('[data-testid=deals-table]');"
                + " return t.parentElement.scrollWidth - t.parentElement.clientWidth;"))
                .as("every column fits a 1366 px laptop").isEqualTo(0L);
        look("opportunities-01-list");
        onPhone("opportunities-01-list-phone");

        // a click on a header sorts by it, largest amount first
        browser.click(browser.find(By.cssSelector("th a[aria-label^='Amount']")));
        browser.waitUntil(d -> browser.path().contains("sort=amount,desc"));
        BigDecimal largest = deals.values().stream().map(d -> new BigDecimal(d[1])).max(Comparator.naturalOrder()).orElseThrow();
        softly.assertThat(new BigDecimal(deals.get(firstDeal())[1])).isEqualByComparingTo(largest);
        softly.assertThat(browser.find(By.xpath("//th[.//a[starts-with(@aria-label,'Amount')]]")).getAttribute("aria-sort"))
                .isEqualTo("descending");

        // the keyboard does the same: Tab to the account header, Enter sorts A to Z
        WebElement account = browser.find(By.cssSelector("th a[aria-label^='Account']"));
        browser.script("arguments[0].focus();", account);
        account.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> browser.path().contains("sort=account"));
        String firstAccount = deals.values().stream().map(d -> d[0]).filter(a -> !a.isEmpty())
                .min(Comparator.comparing(a -> a.toLowerCase(Locale.ROOT))).orElseThrow();
        softly.assertThat(deals.get(firstDeal())[0]).isEqualTo(firstAccount);
        look("opportunities-02-by-account");

        // the search keeps the sort and finds deals by account, product or id, in any case
        WebElement q = browser.find(By.id("q"));
        q.sendKeys("CANCITY", Keys.ENTER);
        browser.waitUntil(d -> browser.path().contains("q=CANCITY"));
        long cancity = deals.values().stream().filter(d -> d[0].equals("Cancity")).count();
        softly.assertThat(browser.text(COUNT)).isEqualTo(String.format(Locale.US, "%,d deals", cancity));
        softly.assertThat(browser.path()).contains("sort=account");
        softly.assertThat(browser.all(ROWS)).allSatisfy(r -> assertThat(r.getText()).contains("Cancity"));

        // the filters fold out: won deals of $5,000 or more created in the first half of 2026
        browser.open("/opportunities");
        browser.click(browser.find(By.cssSelector("[data-testid=filters] summary")));
        browser.find(By.id("minAmount")).sendKeys("5000");
        browser.script("document.getElementById('status').value = 'won';"
                + " document.getElementById('createdFrom').value = '2026-01-01';"
                + " document.getElementById('createdTo').value = '2026-06-30';");
        look("opportunities-03-filters");
        browser.click(browser.find(By.cssSelector("[data-testid=apply-filters]")));
        browser.waitUntil(d -> browser.path().contains("minAmount=5000"));
        LocalDate from = LocalDate.parse("2026-01-01");
        LocalDate to = LocalDate.parse("2026-06-30");
        long filtered = deals.values().stream().filter(d -> d[2].equals("Won") && new BigDecimal(d[1]).compareTo(BigDecimal.valueOf(5000)) >= 0
                && !d[3].isEmpty() && !LocalDate.parse(d[3]).isBefore(from) && !LocalDate.parse(d[3]).isAfter(to)).count();
        softly.assertThat(filtered).isPositive();
        softly.assertThat(browser.text(COUNT)).isEqualTo(String.format(Locale.US, "%,d deals", filtered));
        softly.assertThat(browser.find(By.cssSelector("[data-testid=filters]")).getAttribute("open")).isNotNull();

        // a deal id opens the deal's page; an open deal shows its chance in its rep's forecast
        browser.open("/opportunities?status=open&sort=amount,desc");
        String id = firstDeal();
        browser.click(browser.find(By.cssSelector("[data-testid=deals-table] tbody tr a.deal-link")));
        browser.waitUntil(d -> browser.path().startsWith("/opportunities/"));
        softly.assertThat(browser.text(By.cssSelector("[data-testid=deal-id]"))).isEqualTo(id);
        softly.assertThat(browser.text(By.cssSelector("[data-testid=deal-forecast]"))).containsIgnoringCase("Chance won in")
                .contains("Why");
        softly.assertThat(browser.text(By.cssSelector("[data-testid=deal-chance]"))).matches("\\d+%");
        look("opportunities-04-open-deal");
        onPhone("opportunities-04-open-deal-phone");

        browser.open("/opportunities?status=won&sort=closeDate,desc");
        browser.click(browser.find(By.cssSelector("[data-testid=deals-table] tbody tr a.deal-link")));
        browser.waitUntil(d -> browser.path().startsWith("/opportunities/"));
        softly.assertThat(browser.text(By.cssSelector("[data-testid=deal-outcome]"))).contains("Won on");
        look("opportunities-05-won-deal");
        softly.assertAll();
    }

    @Test
    void onAPhoneTheDealColumnStaysInViewWhileTheTableScrolls() {
        browser.signIn("admin").open("/opportunities");
        browser.phone().driver().navigate().refresh();
        browser.find(ROWS);

        Number scrolled = (Number) browser.script("""
                const box = document.querySelector('[data-testid=deals-table]').parentElement;
                box.scrollLeft = 300;
                return box.scrollLeft;""");
        Number drift = (Number) browser.script("""
                const box = document.querySelector('[data-testid=deals-table]').parentElement;
                const cell = document.querySelector('[data-testid=deals-table] tbody tr th');
                return Math.abs(cell.getBoundingClientRect().left - box.getBoundingClientRect().left);""");

        assertThat(scrolled.intValue()).as("the table scrolls sideways inside its box").isPositive();
        assertThat(drift.doubleValue()).as("the deal column stays at the box's left edge").isLessThan(1.5);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("opportunities-06-phone-scrolled");
    }

    private String firstDeal() {
        return browser.find(ROWS).getAttribute("data-deal");
    }

    private static Map<String, String[]> deals() {
        Map<String, BigDecimal> prices = new HashMap<>();
        Dataset.rows("products.csv").forEach(p -> prices.put(p[0].toLowerCase(Locale.ROOT).replace(" ", ""), new BigDecimal(p[2])));
        return Dataset.demoPipeline().stream().collect(Collectors.toMap(r -> r[0], r -> new String[]{
                r[3], r[7].isEmpty() ? prices.get(r[2].toLowerCase(Locale.ROOT).replace(" ", "")).toPlainString() : r[7], r[4],
                r[5]}));
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
