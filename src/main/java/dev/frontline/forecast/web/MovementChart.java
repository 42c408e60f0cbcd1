package dev.frontline.forecast.web;

import dev.frontline.pipeline.PipelineMovement;
import dev.frontline.pipeline.PipelineMovement.Bucket;
import dev.frontline.system.Charts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pipeline movement as a waterfall: floating bars, each from the running total before it to the one after it —
 * grey for the start and the end (from zero), green for what added to the pipeline, red for what took from it.
 */
final class MovementChart {

    static final String GREY = "#95a5a6";
    static final String GREEN = "#27ae60";
    static final String RED = "#c0392b";

    private MovementChart() {
    }

    static String spec(Charts charts, PipelineMovement m) {
        List<String> labels = new ArrayList<>();
        List<List<Double>> bars = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Bucket b : m.buckets()) {
            labels.add(b.kind().label());
            BigDecimal low;
            BigDecimal high;
            if (b.kind().sign() == 0) {
                low = BigDecimal.ZERO;
                high = b.amount();
                running = b.amount();
                colours.add(GREY);
            } else if (b.kind().sign() > 0) {
                low = running;
                high = running.add(b.amount());
                running = high;
                colours.add(GREEN);
            } else {
                high = running;
                low = running.subtract(b.amount());
                running = low;
                colours.add(RED);
            }
            bars.add(List.of(low.doubleValue(), high.doubleValue()));
        }
        return charts.safe(Map.of("type", "bar",
                "data", Map.of("labels", labels, "datasets", List.of(Map.of("label", "Pipeline ($)", "data", bars,
                        "backgroundColor", colours, "borderColor", colours))),
                "options", Map.of("plugins", Map.of("legend", Map.of("display", false)),
                        "scales", Map.of("y", Map.of("beginAtZero", true,
                                "title", Map.of("display", true, "text", "Open pipeline closing in "
                                        + m.period() + " ($)"))))));
    }
}
