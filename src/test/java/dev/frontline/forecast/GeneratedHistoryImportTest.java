package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.forecast.HistoryGenerator.History;
import dev.frontline.forecast.HistoryGenerator.Recipe;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A generated history goes in as a user's would: its four files through the import API, then the backtest through
 * the backtest API; the generated team's rows are exactly the model run straight on the files. The import is rolled
 * back at the end (MockMvc runs in the test's transaction), so the shared demo data stays as it was.
 */
@IntegrationTest
@Transactional
class GeneratedHistoryImportTest {

    /** One team of four reps over fifteen months, growing, with pull-in, exported on the tests' today. */
    static final Recipe RECIPE = new Recipe("import", 77, 1, 4, 15, 2, 0.5, 30, 0.5, 0.05, 20, 0.1, 0.25, 0.5, 0.1);

    @Autowired
    MockMvc mvc;

    @Test
    void theBacktestThroughTheImporterAndTheApiIsTheModelRunOnTheFiles() throws Exception {
        History history = GeneratedHistories.generate(RECIPE);
        java.nio.file.Path folder = Files.createTempDirectory("generated-history");
        history.write(folder);
        mvc.perform(multipart("/api/v1/imports")
                        .file(part(folder, "sales_teams.csv")).file(part(folder, "products.csv"))
                        .file(part(folder, "accounts.csv")).file(part(folder, "sales_pipeline.csv"))
                        .param("confirm", "true") // its offices are new: the admin confirms creating them
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());

        String json = mvc.perform(get("/api/v1/forecast/backtest").param("level", "team").param("grain", "month")
                        .accept(MediaType.APPLICATION_JSON).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Backtester.Team> teams = history.modelTeams();
        String team = teams.get(0).name();
        List<Backtest.Row> expected = Backtest.of(Backtester.run(teams, BacktestLevel.TEAM, SalesPeriod.Grain.MONTH, 1,
                "Engaging", DatasetTeams.listPrices(), ForecastModel.DRAWS)).rows();
        List<Map<String, Object>> got = JsonPath.<List<Map<String, Object>>>read(json, "$.rows").stream()
                .filter(r -> team.equals(JsonPath.read(r, "$.team.name")))
                .sorted(Comparator.comparing(r -> (String) r.get("period"))).toList();

        assertThat(expected).as("October 2026 is the last month ended by today").hasSizeGreaterThan(8)
                .last().extracting(r -> r.period().toString()).isEqualTo("2026-10");
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Backtest.Row w = expected.get(i);
            Map<String, Object> g = got.get(i);
            assertThat(g.get("period")).isEqualTo(w.period().toString());
            assertThat(List.of(number(g, "$.actual"), number(g, "$.frontline.p10"), number(g, "$.frontline.p50"),
                    number(g, "$.frontline.p90"), number(g, "$.weightedPipeline"), number(g, "$.runRate")))
                    .as(w.period().toString()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(w.actual(), w.p10(), w.p50(), w.p90(), w.weightedPipeline(), w.runRate());
        }
    }

    private static MockMultipartFile part(java.nio.file.Path folder, String name) throws Exception {
        return new MockMultipartFile("file", name, "text/csv", Files.readString(folder.resolve(name),
                StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    private static BigDecimal number(Map<String, Object> row, String path) {
        return new BigDecimal(JsonPath.<Object>read(row, path).toString());
    }

}
