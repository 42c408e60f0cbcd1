package dev.frontline.forecast;

import dev.frontline.system.Charts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fan chart: past periods (the forecast made the day before each started, and what was won), this period (won to
 * date and where it is heading) and the next; the P10–P90 band, the P50 line and the quota.
 */
final class FanChart {

    private static final String BAND = "rgba(46, 134, 193, 0.22)";
    private static final String BAND_EDGE = "rgba(46, 134, 193, 0.55)";

    private FanChart() {
    }

    static String spec(Charts charts, Forecast current, Forecast next, List<PastPeriod> history) {
        List<String> labels = new ArrayList<>();
        List<@Nullable BigDecimal> p10 = new ArrayList<>();
        List<@Nullable BigDecimal> p50 = new ArrayList<>();
        List<@Nullable BigDecimal> p90 = new ArrayList<>();
        List<@Nullable BigDecimal> won = new ArrayList<>();
        List<@Nullable BigDecimal> quota = new ArrayList<>();
        for (PastPeriod p : history) {
            labels.add(p.period().toString());
            p10.add(p.enoughHistory() ? p.p10() : null);
            p50.add(p.enoughHistory() ? p.p50() : null);
            p90.add(p.enoughHistory() ? p.p90() : null);
            won.add(p.actual());
            quota.add(p.quota());
        }
        for (Forecast f : List.of(current, next)) {
            labels.add(f.period() + (f == current && !f.period().start().isAfter(f.asOf()) ? " (to date)" : ""));
            p10.add(f.enoughHistory() ? f.p10() : null);
            p50.add(f.enoughHistory() ? f.p50() : null);
            p90.add(f.enoughHistory() ? f.p90() : null);
            won.add(f == current ? f.wonToDate() : null);
            quota.add(f.quota());
        }
        List<Object> datasets = new ArrayList<>();
        datasets.add(line("P10", p10, BAND_EDGE, Map.of("fill", false, "borderWidth", 1, "pointRadius", 0,
                "hideInLegend", true, "order", 2)));
        datasets.add(line("P10–P90 range", p90, BAND_EDGE, Map.of("fill", "-1", "backgroundColor", BAND,
                "borderWidth", 1, "pointRadius", 0, "order", 2)));
        datasets.add(line("Forecast (P50)", p50, "#1f4e79", Map.of("borderDash", List.of(6, 4), "pointRadius", 3,
                "order", 1)));
        datasets.add(line("Quota", quota, "#cb4335", Map.of("stepped", "middle", "pointRadius", 0, "borderWidth", 2,
                "order", 0)));
        Map<String, Object> bars = new HashMap<>();
        bars.put("type", "bar");
        bars.put("label", "Won");
        bars.put("data", won);
        bars.put("backgroundColor", "#48c9b0");
        bars.put("order", 3);
        bars.put("maxBarThickness", 48);
        datasets.add(bars);
        return charts.safe(Map.of("type", "bar",
                "data", Map.of("labels", labels, "datasets", datasets),
                "options", Map.of("interaction", Map.of("mode", "index", "intersect", false),
                        "scales", Map.of("y", Map.of("beginAtZero", true,
                                "title", Map.of("display", true, "text", "Won revenue ($)"))))));
    }

    private static Map<String, Object> line(String label, List<@Nullable BigDecimal> data, String color,
                                            Map<String, Object> extra) {
        Map<String, Object> d = new HashMap<>(extra);
        d.put("type", "line");
        d.put("label", label);
        d.put("data", data);
        d.put("borderColor", color);
        d.putIfAbsent("backgroundColor", color);
        d.put("spanGaps", true);
        return d;
    }
}
