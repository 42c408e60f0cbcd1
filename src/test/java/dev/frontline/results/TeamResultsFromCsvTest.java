package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A team's results from the API against the same figures computed here straight from the dataset's CSV files
 * (dates shifted by the demo's 108 months), for the current quarter and for past quarters.
 */
@IntegrationTest
class TeamResultsFromCsvTest {

    @Autowired
    MockMvc mvc;

    record Deal(String id, String agent, String stage, LocalDate engage, LocalDate close, BigDecimal value) {
    }

    @ParameterizedTest(name = "{0}''s team in {1}")
    @CsvSource({"Cara Losch, 2026-Q4, cara.losch", "Cara Losch, 2026-Q2, cara.losch",
            "Melvin Marxen, 2026-Q3, melvin.marxen", "Rocco Neubert, 2026-11, rocco.neubert"})
    void teamFiguresMatchTheDatasetComputedIndependently(String manager, String period, String login)
            throws Exception {
        Set<String> reps = Dataset.rows("sales_teams.csv").stream().filter(r -> r[1].equals(manager))
                .map(r -> r[0]).collect(Collectors.toSet());
        List<Deal> deals = Dataset.demoPipeline().stream().filter(r -> reps.contains(r[1]))
                .map(r -> new Deal(r[0], r[1], r[4], shift(r[5]), shift(r[6]),
                        r[7].isEmpty() ? null : new BigDecimal(r[7]))).toList();
        LocalDate from = start(period);
        LocalDate to = period.contains("Q") ? from.plusMonths(3).minusDays(1) : from.plusMonths(1).minusDays(1);
        boolean current = !TestClock.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().isBefore(from)
                && !TestClock.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().isAfter(to);
        List<Deal> won = deals.stream().filter(d -> d.stage().equals("Won") && within(d.close(), from, to)).toList();
        List<Deal> lost = deals.stream().filter(d -> d.stage().equals("Lost") && within(d.close(), from, to)).toList();
        List<Deal> open = deals.stream().filter(d -> d.stage().equals("Engaging") || d.stage().equals("Prospecting")).toList();
        BigDecimal revenue = won.stream().map(Deal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Long> cycles = won.stream().map(d -> ChronoUnit.DAYS.between(d.engage(), d.close())).sorted().toList();

        long teamId = teamIdOf(login);
        String json = mvc.perform(get("/api/v1/teams/" + teamId + "/results").param("period", period)
                        .with(httpBasic(login, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(decimal(json, "$.totals.wonRevenue")).isEqualByComparingTo(revenue);
        assertThat((Integer) JsonPath.read(json, "$.totals.won")).isEqualTo(won.size());
        assertThat((Integer) JsonPath.read(json, "$.totals.lost")).isEqualTo(lost.size());
        if (won.size() + lost.size() > 0) {
            assertThat(decimal(json, "$.totals.winRate")).isEqualByComparingTo(BigDecimal.valueOf(won.size() * 100.0)
                    .divide(BigDecimal.valueOf(won.size() + lost.size()), 1, RoundingMode.HALF_UP));
        }
        if (!cycles.isEmpty()) {
            assertThat(decimal(json, "$.totals.medianCycleDays")).isEqualByComparingTo(median(cycles));
        }
        int cohort = won.size() + lost.size() + (current ? open.size() : 0);
        long engagingOrLater = won.size() + lost.size()
                + (current ? open.stream().filter(d -> d.stage().equals("Engaging")).count() : 0);
        Map<String, Integer> funnel = funnel(json);
        assertThat(funnel).containsEntry("Prospecting", cohort).containsEntry("Engaging", (int) engagingOrLater)
                .containsEntry("Won", won.size()).containsEntry("Lost", lost.size());
        for (String rep : reps) {
            BigDecimal repRevenue = won.stream().filter(d -> d.agent().equals(rep)).map(Deal::value)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Object> rows = JsonPath.read(json, "$.reps[?(@.rep.displayName == '" + rep + "')].figures.wonRevenue");
            assertThat(new BigDecimal(rows.get(0).toString())).as(rep).isEqualByComparingTo(repRevenue);
        }
    }

    private Map<String, Integer> funnel(String json) {
        List<Map<String, Object>> steps = JsonPath.read(json, "$.funnel");
        return steps.stream().collect(Collectors.toMap(s -> (String) s.get("stage"), s -> (Integer) s.get("reached")));
    }

    private long teamIdOf(String login) throws Exception {
        String me = mvc.perform(get("/api/v1/me").with(httpBasic(login, "demo"))).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.<List<Object>>read(me, "$.teamIds").get(0)).longValue();
    }

    private static BigDecimal median(List<Long> sorted) {
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(mid))
                : BigDecimal.valueOf(sorted.get(mid - 1) + sorted.get(mid)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(String json, String path) {
        return new BigDecimal(JsonPath.read(json, path).toString());
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate start(String period) {
        if (period.contains("Q")) {
            int quarter = period.charAt(period.length() - 1) - '0';
            return LocalDate.of(Integer.parseInt(period.substring(0, 4)), (quarter - 1) * 3 + 1, 1);
        }
        return LocalDate.parse(period + "-01");
    }

    /** The demo's dates are moved already (see {@link Dataset#demoPipeline}). */
    private static LocalDate shift(String date) {
        return date.isEmpty() ? null : LocalDate.parse(date);
    }

}
