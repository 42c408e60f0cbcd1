package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The set-based roll-ups give the figures of the team results they roll up, which {@code TeamResultsFromCsvTest}
 * checks against the CSV files: each office's team rows are those teams' results, the office total adds them up; a
 * rep's trend, read over its periods' range at once, gives each period's figures of the rep's row in their team's
 * results for that period.
 */
@IntegrationTest
class RollupFiguresTest {

    static final List<String> ADDED = List.of("wonRevenue", "won", "lost", "openPipeline", "openDeals",
            "created", "pipelineCreated", "quota");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q4", "2026-Q3", "2025-Q2", "2026-10", "2026"})
    void anOfficesRollUpIsItsTeamsResults(String period) throws Exception {
        List<Long> regions = jdbc.sql("select id from region order by id").query(Long.class).list();
        for (long region : regions) {
            String office = json("/api/v1/regions/" + region + "/results?period=" + period);
            List<Map<String, Object>> rows = JsonPath.read(office, "$.teams");
            assertThat(rows).hasSize(jdbc.sql("select count(*) from team where region_id = :r").param("r", region)
                    .query(Integer.class).single());
            for (Map<String, Object> row : rows) {
                Object team = ((Map<?, ?>) row.get("team")).get("id");
                Map<String, Object> results = JsonPath.read(json("/api/v1/teams/" + team + "/results?period=" + period),
                        "$.totals");
                assertThat(row.get("figures")).as("team %s in %s", team, period).isEqualTo(results);
            }
            for (String figure : ADDED) {
                BigDecimal sum = rows.stream().map(r -> ((Map<?, ?>) r.get("figures")).get(figure))
                        .filter(v -> v != null).map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
                Object total = JsonPath.read(office, "$.total." + figure);
                assertThat(new BigDecimal(String.valueOf(total == null ? 0 : total))).as("office %d %s %s", region, figure, period)
                        .isEqualByComparingTo(sum);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarter", "month"})
    void aRepsTrendGivesEachPeriodsTeamResults(String grain) throws Exception {
        long rep = jdbc.sql("select id from person where display_name = 'Violet Mclelland'").query(Long.class).single();
        long team = jdbc.sql("select team_id from person where id = :id").param("id", rep).query(Long.class).single();
        String trend = json("/api/v1/reps/" + rep + "/results?periods=8&grain=" + grain);
        List<Map<String, Object>> points = JsonPath.read(trend, "$.periods");
        assertThat(points).hasSize(8);
        for (Map<String, Object> point : points) {
            String period = String.valueOf(((Map<?, ?>) point.get("period")).get("period"));
            String results = json("/api/v1/teams/" + team + "/results?period=" + period);
            List<Map<String, Object>> mine = JsonPath.read(results, "$.reps[?(@.rep.id == " + rep + ")].figures");
            Map<?, ?> figures = (Map<?, ?>) point.get("figures");
            for (String figure : List.of("wonRevenue", "won", "lost", "openPipeline", "openDeals", "created",
                    "pipelineCreated", "quota", "medianCycleDays", "winRate")) {
                assertThat(figures.get(figure)).as("%s in %s", figure, period).isEqualTo(mine.get(0).get(figure));
            }
        }
    }

    private String json(String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
