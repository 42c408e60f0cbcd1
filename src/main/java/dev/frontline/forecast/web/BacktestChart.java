package dev.frontline.forecast.web;

import dev.frontline.forecast.Backtest;
import dev.frontline.system.Charts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The backtest in a picture: per period, the sum over the rows of each method's forecast against what was won. */
final class BacktestChart {

    private BacktestChart() {
    }

    static String spec(Charts charts, Backtest b) {
        Map<String, BigDecimal[]> byPeriod = new TreeMap<>();
        for (Backtest.Row r : b.rows()) {
            BigDecimal[] sums = byPeriod.computeIfAbsent(r.period().toString(), k -> new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(r.actual());
            sums[1] = sums[1].add(r.p50());
            sums[2] = sums[2].add(r.weightedPipeline());
            sums[3] = sums[3].add(r.runRate());
        }
        List<String> labels = new ArrayList<>(byPeriod.keySet());
        List<Object> datasets = new ArrayList<>();
        datasets.add(dataset("bar", "Won", byPeriod, 0, "#48c9b0", 3));
        datasets.add(dataset("line", "Frontline (P50)", byPeriod, 1, "#1f4e79", 0));
        datasets.add(dataset("line", "Weighted pipeline", byPeriod, 2, "#eb984e", 1));
        datasets.add(dataset("line", "Run rate", byPeriod, 3, "#7d3c98", 2));
        return charts.safe(Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", datasets),
                "options", Map.of("interaction", Map.of("mode", "index", "intersect", false),
                        "scales", Map.of("y", Map.of("beginAtZero", true,
                                "title", Map.of("display", true, "text", "Sum over " + b.level() + "s ($)"))))));
    }

    private static Map<String, Object> dataset(String type, String label, Map<String, BigDecimal[]> byPeriod, int i,
                                               String color, int order) {
        Map<String, Object> d = new HashMap<>();
        d.put("type", type);
        d.put("label", label);
        d.put("data", byPeriod.values().stream().map(v -> v[i]).toList());
        d.put("borderColor", color);
        d.put("backgroundColor", color);
        d.put("order", order);
        if (type.equals("line")) {
            d.put("pointRadius", 3);
        }
        return d;
    }
}
