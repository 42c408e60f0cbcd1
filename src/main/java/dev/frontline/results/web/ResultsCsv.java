package dev.frontline.results.web;

import dev.frontline.results.Breakdown;
import dev.frontline.results.Figures;
import dev.frontline.results.FunnelStep;
import dev.frontline.results.RegionResults;
import dev.frontline.results.RepResults;
import dev.frontline.results.TeamResults;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Every results table as CSV (RFC 4180: comma separated, quoted when needed, CRLF line ends). */
final class ResultsCsv {

    static final List<String> FIGURES = List.of("won_revenue", "won", "lost", "win_rate_pct", "avg_won_deal",
            "median_cycle_days", "quota", "attainment_pct", "expected_to_date", "pacing_pct", "gap",
            "open_pipeline", "open_deals", "due_pipeline", "due_deals", "coverage", "created", "pipeline_created");

    private ResultsCsv() {
    }

    static String reps(TeamResults r) {
        List<List<Object>> rows = new ArrayList<>();
        for (RepResults rep : r.reps()) {
            rows.add(concat(List.of(rep.rep().username(), rep.name()), figures(rep.figures())));
        }
        rows.add(concat(List.of("", "Team total"), figures(r.total())));
        return table(concat(List.of("username", "rep"), new ArrayList<>(FIGURES)), rows);
    }

    static String breakdown(List<Breakdown> rows, String key) {
        return table(List.of(key, "won_revenue", "won", "lost", "win_rate_pct", "avg_won_deal", "open_pipeline", "open_deals"),
                rows.stream().map(b -> List.<Object>of(b.key(), b.wonRevenue(), b.won(), b.lost(), n(b.winRate()),
                        n(b.avgWonDeal()), b.openPipeline(), b.openDeals())).toList());
    }

    static String funnel(List<FunnelStep> steps) {
        return table(List.of("stage", "reached", "conversion_to_next_pct"),
                steps.stream().map(s -> List.<Object>of(s.stage(), s.reached(), n(s.conversion()))).toList());
    }

    static String region(RegionResults r) {
        List<List<Object>> rows = new ArrayList<>();
        r.teams().forEach(t -> rows.add(concat(List.of(t.team().name()), figures(t.figures()))));
        rows.add(concat(List.of(r.region().name() + " total"), figures(r.total())));
        return table(concat(List.of("team"), new ArrayList<>(FIGURES)), rows);
    }

    private static List<Object> figures(Figures f) {
        return List.of(f.wonRevenue(), f.won(), f.lost(), n(f.winRate()), n(f.avgWonDeal()), n(f.medianCycleDays()),
                n(f.quota()), n(f.attainment()), n(f.expectedToDate()), n(f.pacing()), n(f.gap()), f.openPipeline(),
                f.openDeals(), f.duePipeline(), f.dueDeals(), n(f.coverage()), f.created(), f.pipelineCreated());
    }

    private static Object n(@Nullable BigDecimal value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
    }

    private static String table(List<?> header, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(r -> csv.append(line(r)));
        return csv.toString();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(ResultsCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        String text = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        if (text.startsWith("=") || text.startsWith("+") || text.startsWith("-") && !text.matches("-[\\d.]+")
                || text.startsWith("@")) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("'")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
