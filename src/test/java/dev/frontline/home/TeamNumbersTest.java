package dev.frontline.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Cara Losch's board for the current quarter, 2026-Q4, against figures computed from the CSV files alone: each
 * date shifted by the demo's 108 months, then tested against 1 October to 31 December 2026.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamNumbersTest {

    private static final String MANAGER = "Cara Losch";
    private static final LocalDate QUARTER_START = LocalDate.of(2026, 10, 1);
    private static final LocalDate QUARTER_END = LocalDate.of(2026, 12, 31);
    private static final Pattern ROW = Pattern.compile("<tr data-rep=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"num[^\"]*\">(.*?)</td>", Pattern.DOTALL);

    /** One rep's figures as the test computes them from the files. */
    record Expected(String name, BigDecimal wonRevenue, int won, int lost, int open) {

        String revenueText() {
            return String.format(Locale.US, "$%,d", wonRevenue.setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
    }

    /** One rep's row of the board as the page renders it. */
    record Shown(String revenue, int won, int lost, int open) {
    }

    @Autowired
    MockMvc mvc;

    private Map<String, Expected> expected;
    private Map<String, Shown> shown;

    @BeforeAll
    void computeFromTheFilesAndReadTheBoard() throws Exception {
        expected = fromTheFiles();
        shown = board(page("cara.losch"));
    }

    @Test
    void boardListsExactlyTheRepsOfTheTeamFile() {
        assertThat(expected).hasSize(6);
        assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @Test
    void boardShowsEachRepsWonRevenueOfTheQuarter() {
        assertThat(expected.values()).anySatisfy(e -> assertThat(e.wonRevenue()).isPositive());
        expected.forEach((username, e) ->
                assertThat(shown.get(username).revenue()).as(username).isEqualTo(e.revenueText()));
    }

    @Test
    void boardShowsEachRepsDealsWonAndLostInTheQuarter() {
        expected.forEach((username, e) -> {
            assertThat(shown.get(username).won()).as("%s won", username).isEqualTo(e.won());
            assertThat(shown.get(username).lost()).as("%s lost", username).isEqualTo(e.lost());
        });
    }

    @Test
    void boardShowsEachRepsOpenDealsWhateverTheirDates() {
        expected.forEach((username, e) ->
                assertThat(shown.get(username).open()).as("%s open", username).isEqualTo(e.open()));
    }

    @Test
    void boardTotalIsTheSumOfTheReps() throws Exception {
        BigDecimal total = expected.values().stream().map(Expected::wonRevenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String text = new Expected("", total, 0, 0, 0).revenueText();

        assertThat(page("cara.losch")).contains("data-testid=\"team-won-revenue\">" + text + "<");
    }

    @Test
    void eachRepsOwnHomePageShowsTheSameFigures() throws Exception {
        for (var entry : expected.entrySet()) {
            String html = page(entry.getKey());
            Expected e = entry.getValue();

            assertThat(html).as(entry.getKey())
                    .contains("data-testid=\"rep-won-revenue\">" + e.revenueText() + "<")
                    .contains("<div class=\"kpi-value\">" + e.won() + " / " + e.lost() + "</div>")
                    .contains(e.open() + " open deals");
        }
    }

    private static Map<String, Expected> fromTheFiles() {
        Map<String, String> usernames = new LinkedHashMap<>();
        for (String[] r : Dataset.rows("sales_teams.csv")) {
            if (r[1].equals(MANAGER)) {
                usernames.put(r[0], r[0].toLowerCase(Locale.ROOT).replace(' ', '.'));
            }
        }
        Map<String, Expected> byUsername = new LinkedHashMap<>();
        usernames.forEach((name, username) -> byUsername.put(username, new Expected(name, BigDecimal.ZERO, 0, 0, 0)));
        for (String[] r : Dataset.demoPipeline()) {
            String username = usernames.get(r[1]);
            if (username == null) {
                continue;
            }
            Expected e = byUsername.get(username);
            String stage = r[4];
            boolean inQuarter = !r[6].isEmpty() && inQuarter(LocalDate.parse(r[6]));
            if (stage.equals("Won") && inQuarter) {
                e = new Expected(e.name(), e.wonRevenue().add(new BigDecimal(r[7])), e.won() + 1, e.lost(), e.open());
            } else if (stage.equals("Lost") && inQuarter) {
                e = new Expected(e.name(), e.wonRevenue(), e.won(), e.lost() + 1, e.open());
            } else if (stage.equals("Engaging") || stage.equals("Prospecting")) {
                e = new Expected(e.name(), e.wonRevenue(), e.won(), e.lost(), e.open() + 1);
            }
            byUsername.put(username, e);
        }
        return byUsername;
    }

    private static boolean inQuarter(LocalDate demoDate) {
        return !demoDate.isBefore(QUARTER_START) && !demoDate.isAfter(QUARTER_END);
    }

    private static Map<String, Shown> board(String html) {
        Map<String, Shown> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = CELL.matcher(row.group(2)).results().map(m -> m.group(1).trim()).toList();
            Matcher open = Pattern.compile("\\((\\d+)\\)").matcher(cells.get(4));
            assertThat(open.find()).as("open deals of %s", row.group(1)).isTrue();
            rows.put(row.group(1), new Shown(cells.get(0), Integer.parseInt(cells.get(1)),
                    Integer.parseInt(cells.get(2)), Integer.parseInt(open.group(1))));
        }
        return rows;
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(httpBasic(username, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
