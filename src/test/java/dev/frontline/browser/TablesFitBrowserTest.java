package dev.frontline.browser;

import dev.frontline.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The main pages of a manager, a rep and a director, on a laptop (1366×900) and a phone (390×844): on a laptop every
 * table shows all its columns; on a phone a table wider than the screen scrolls sideways inside its
 * {@code .table-responsive} wrapper with its first column (the rep, the team, the deal) still in view after
 * scrolling to the far right. Nothing sticks out of the page. Screenshots in {@code target/screenshots/tables-*}.
 */
@IntegrationTest
class TablesFitBrowserTest extends BrowserTestSupport {

    /** Each visible table with what does not fit: empty lists when everything holds. */
    private static final String MEASURE = """
            const laptop = arguments[0];
            const problems = [];
            for (const table of document.querySelectorAll('main table')) {
                if (table.offsetParent === null) continue;
                const name = table.dataset.testid || table.querySelector('caption')?.textContent.trim()
                    || table.querySelector('th')?.textContent.trim() || 'a table';
                const wrapper = table.closest('.table-responsive');
                if (!wrapper) {
                    const parent = table.parentElement;
                    if (table.getBoundingClientRect().width > parent.clientWidth + 1) {
                        problems.push(name + ': wider than its container and not in a .table-responsive');
                    }
                    continue;
                }
                const hidden = wrapper.scrollWidth - wrapper.clientWidth;
                if (hidden <= 1) continue;
                if (laptop) {
                    problems.push(name + ': ' + hidden + ' px of columns cut on a laptop');
                    continue;
                }
                wrapper.scrollLeft = wrapper.scrollWidth;
                const rows = Array.from(table.rows).filter(r => r.cells.length > 1).slice(0, 3);
                for (const row of rows) {
                    const cell = row.cells[0];
                    window.scrollTo(0, window.scrollY + cell.getBoundingClientRect().top - window.innerHeight / 2);
                    const box = wrapper.getBoundingClientRect();
                    const r = cell.getBoundingClientRect();
                    const x = Math.min(r.left + 8, box.right - 1), y = r.top + r.height / 2;
                    const seen = document.elementFromPoint(x, y);
                    if (r.left < box.left - 1 || !(seen && cell.contains(seen))) {
                        problems.push(name + ': first column out of view after scrolling ("'
                            + cell.textContent.trim().slice(0, 30) + '")');
                        break;
                    }
                }
                wrapper.scrollLeft = 0;
            }
            window.scrollTo(0, 0);
            return problems;
            """;

    private final SoftAssertions softly = new SoftAssertions();

    @Test
    void tablesFitALaptopAndScrollWithTheirFirstColumnOnAPhone() {
        browser.signIn("cara.losch");
        String team = href("^/teams/\\d+/results$").replace("/results", "");
        String rep = href("^/reps/\\d+$");
        check("manager", List.of("/", team + "/results", team + "/quotas", team + "/forecast", team + "/coaching",
                team + "/skills", rep, rep + "/coaching", "/opportunities"));

        browser.startOver();
        browser.signIn("moses.frase");
        String self = href("^/reps/\\d+/coaching$").replace("/coaching", "");
        check("rep", List.of("/", self + "/forecast", self + "/coaching", "/opportunities"));

        browser.startOver();
        browser.signIn("director.central");
        browser.open("/regions");
        String office = href("^/regions/\\d+/results$").replace("/results", "");
        check("director", List.of("/", "/regions", office + "/results", office + "/forecast", "/teams"));

        softly.assertAll();
    }

    private void check(String role, List<String> paths) {
        for (String path : paths) {
            String name = "tables-" + role + path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
            browser.laptop();
            browser.open(path);
            measure(name, true);
            browser.phone();
            browser.driver().navigate().refresh();
            measure(name + "-phone", false);
            browser.laptop();
        }
    }

    private void measure(String name, boolean laptop) {
        browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState")));
        @SuppressWarnings("unchecked")
        List<String> problems = new ArrayList<>((List<String>) browser.script(MEASURE, laptop));
        browser.screenshot(name);
        softly.assertThat(problems).as("tables on %s", name).isEmpty();
        softly.assertThat(browser.horizontalOverflow()).as("pixels sticking out sideways on %s", name).isZero();
    }

    /** The first link of the current page whose path matches the pattern. */
    private String href(String pattern) {
        Object found = browser.script("""
                const re = new RegExp(arguments[0]);
                return Array.from(document.querySelectorAll('main a[href]')).map(a => a.getAttribute('href'))
                    .map(h => h.split('?')[0]).find(h => re.test(h)) || null;
                """, pattern);
        if (found == null) {
            throw new AssertionError("no link matching " + pattern + " on " + browser.path());
        }
        return (String) found;
    }
}
