package dev.frontline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@IntegrationTest
class ManagerBoardBrowserTest extends BrowserTestSupport {

    private static final By REP_ROWS = By.cssSelector("[data-testid=team-table] tr[data-rep]");

    @Test
    void managerSignsInAndSeesEachRepsWonRevenueThisQuarter() {
        browser.signIn("cara.losch");

        browser.find(By.cssSelector("[data-testid=team-table]"));
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        for (WebElement row : browser.all(REP_ROWS)) {
            String wonRevenue = row.findElements(By.tagName("td")).get(1).getText();
            assertThat(wonRevenue).as("won revenue of %s", row.getAttribute("data-rep")).matches("\\$[\\d,]+");
            shown.put(row.getAttribute("data-rep"), money(wonRevenue));
        }

        Map<String, BigDecimal> expected = DemoFigures.wonRevenue("Cara Losch",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        assertThat(shown).hasSize(6).containsOnlyKeys(expected.keySet());
        expected.forEach((rep, revenue) -> assertThat(shown.get(rep)).as(rep).isEqualByComparingTo(revenue));
        assertThat(expected.values()).as("the quarter holds won deals").anyMatch(v -> v.signum() > 0);
        assertThat(money(browser.text(By.cssSelector("[data-testid=team-won-revenue]"))))
                .isEqualByComparingTo(expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(browser.undrawnCharts()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static BigDecimal money(String shown) {
        return new BigDecimal(shown.replaceAll("[$,]", ""));
    }
}
