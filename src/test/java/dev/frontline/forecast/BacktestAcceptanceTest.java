package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The acceptance facts, by running the backtest: on the shipped dataset Frontline's team-level monthly
 * forecast beats the weighted pipeline and the run rate on MAPE, and its P10–P90 holds what was won in 70–90% of
 * team-months.
 *
 * <p>The test context holds the dataset shifted by {@value TestClock#DEMO_SHIFT_MONTHS} whole months and read as
 * of the tests' today (deals dated after it are open or not engaged yet). Through the importer, the database and the
 * API, the backtest is the model run straight on the CSV files as the demo holds them, period for period; and it
 * covers only months that ended by today (the running month's outcome is not known yet). The command line
 * ({@code ./mvnw -q spring-boot:run -Dspring-boot.run.profiles=backtest}) imports the files as shipped.
 */
@IntegrationTest
class BacktestAcceptanceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void onTheDatasetAsShippedFrontlineBeatsBothBaselinesOnTeamMonthsAndItsRangeHoldsSeventyToNinetyPercent() {
        Backtest shipped = Backtest.of(Backtester.run(DatasetTeams.teams(), BacktestLevel.TEAM,
                SalesPeriod.Grain.MONTH, 1, "Engaging", DatasetTeams.listPrices(), ForecastModel.DRAWS));
        Map<String, Backtest.Method> methods = new java.util.HashMap<>();
        shipped.methods().forEach(m -> methods.put(m.name(), m));

        BigDecimal frontline = methods.get("frontline").mape();
        assertThat(frontline).isLessThan(methods.get("weighted-pipeline").mape());
        assertThat(frontline).isLessThan(methods.get("run-rate").mape());
        assertThat(methods.get("frontline").coverage()).isBetween(BigDecimal.valueOf(70), BigDecimal.valueOf(90));
        assertThat(shipped.rows()).as("6 teams × June–December 2017").hasSize(42);
    }

    @Test
    void theApiReplaysEveryMonthThatEndedByToday() throws Exception {
        String json = backtest("team", "month");

        assertThat(JsonPath.<List<Object>>read(json, "$.rows")).as("6 teams × June–October 2026").hasSize(30);
        assertThat(JsonPath.<List<String>>read(json, "$.rows[*].period")).doesNotContain("2026-11");
        assertThat(JsonPath.<List<Object>>read(json, "$.methods[?(@.name != 'frontline')].coverage"))
                .containsOnlyNulls();
    }

    @Test
    void theApiGivesTheMonthlyBacktestOfTheFilesAsTheDemoHoldsThem() throws Exception {
        String json = backtest("team", "month");
        Backtester.Result shipped = Backtester.run(DatasetTeams.demoTeams(), BacktestLevel.TEAM,
                SalesPeriod.Grain.MONTH, 1, "Engaging", DatasetTeams.listPrices(), ForecastModel.DRAWS);
        Backtest expected = Backtest.of(shipped);

        for (Backtest.Method m : expected.methods()) {
            assertThat(metric(json, m.name(), "mape")).as(m.name()).isEqualTo(m.mape().doubleValue());
            assertThat(metric(json, m.name(), "bias")).as(m.name()).isEqualTo(m.bias().doubleValue());
        }
        List<Map<String, Object>> rows = JsonPath.read(json, "$.rows");
        List<Backtest.Row> wanted = expected.rows().stream()
                .sorted(Comparator.comparing(Backtest.Row::team).thenComparing(r -> r.period().start())).toList();
        List<Map<String, Object>> got = rows.stream().sorted(Comparator
                .comparing((Map<String, Object> r) -> JsonPath.<String>read(r, "$.team.name"))
                .thenComparing(r -> (String) r.get("period"))).toList();
        assertThat(got).hasSameSizeAs(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            Backtest.Row w = wanted.get(i);
            Map<String, Object> g = got.get(i);
            assertThat(g.get("period")).isEqualTo(w.period().toString());
            assertThat(w.period().end()).isBefore(TestClock.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate());
            assertThat(List.of(number(g, "$.actual"), number(g, "$.frontline.p10"), number(g, "$.frontline.p50"),
                    number(g, "$.frontline.p90"), number(g, "$.weightedPipeline"), number(g, "$.runRate")))
                    .as(w.team() + " " + w.period())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(w.actual(), w.p10(), w.p50(), w.p90(), w.weightedPipeline(), w.runRate());
        }
    }

    @Test
    void repsAndQuartersAreReplayedToo() throws Exception {
        String reps = backtest("rep", "month");
        String quarters = backtest("team", "quarter");

        assertThat(JsonPath.<List<Object>>read(reps, "$.rows[*].rep.name")).doesNotContainNull().hasSizeGreaterThan(42);
        assertThat(JsonPath.<List<String>>read(quarters, "$.rows[*].period")).allMatch(p -> p.contains("-Q"));
        assertThat(metric(reps, "frontline", "mape")).isLessThan(metric(reps, "run-rate", "mape"));
    }

    private String backtest(String level, String grain) throws Exception {
        long started = System.nanoTime();
        String json = mvc.perform(get("/api/v1/forecast/backtest").param("level", level).param("grain", grain)
                        .accept(MediaType.APPLICATION_JSON).with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString();
        System.out.printf("backtest %s-%s in %d ms%n", level, grain, (System.nanoTime() - started) / 1_000_000);
        return json;
    }

    private static double metric(String json, String method, String field) {
        List<Object> values = JsonPath.read(json, "$.methods[?(@.name == '" + method + "')]." + field);
        return Double.parseDouble(values.get(0).toString());
    }

    private static BigDecimal number(Map<String, Object> row, String path) {
        return new BigDecimal(JsonPath.<Object>read(row, path).toString());
    }
}
