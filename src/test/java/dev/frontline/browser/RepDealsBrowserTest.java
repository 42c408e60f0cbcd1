package dev.frontline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@IntegrationTest
class RepDealsBrowserTest extends BrowserTestSupport {

    private static final String REP = "Wilburn Farren";
    private static final By DEAL_ROWS = By.cssSelector("[data-testid=deals-table] tr[data-deal]");
    private static final By NEXT_PAGE = By.xpath("//nav[@aria-label='Pages']//li[not(contains(@class,'disabled'))]"
            + "/a[normalize-space()='Next']");

    @Test
    void repSeesAllOfTheirOwnDealsAndNoOneElses() {
        browser.signIn("wilburn.farren").open("/opportunities");

        List<String> expected = DemoFigures.dealsOf(REP);
        assertThat(browser.text(By.cssSelector("[data-testid=deal-count]"))).isEqualTo(expected.size() + " deals");
        List<String> shown = new ArrayList<>();
        while (true) {
            for (WebElement row : browser.all(DEAL_ROWS)) {
                assertThat(row.getAttribute("data-owner")).as(row.getAttribute("data-deal")).isEqualTo(REP);
                shown.add(row.getAttribute("data-deal"));
            }
            List<WebElement> next = browser.all(NEXT_PAGE);
            if (next.isEmpty()) {
                break;
            }
            String before = browser.path();
            browser.click(next.get(0));
            browser.waitUntil(d -> !browser.path().equals(before));
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void repCannotOpenAPeersDeals() {
        browser.signIn("wilburn.farren").open("/opportunities?owner=garret.kinder");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not found");
        assertThat(browser.text(By.cssSelector("main .display-4"))).isEqualTo("404");
        assertThat(browser.all(DEAL_ROWS)).isEmpty();
    }

    @Test
    void repIsToldTheImportPageIsNotForThem() {
        browser.signIn("wilburn.farren").open("/imports");

        assertThat(browser.text(By.cssSelector("main .display-4"))).isEqualTo("403");
        assertThat(browser.all(By.id("file"))).isEmpty();
    }
}
