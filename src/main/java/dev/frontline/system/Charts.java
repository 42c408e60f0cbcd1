package dev.frontline.system;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds Chart.js specifications as JSON safe to embed in a page's {@code <script type="application/json">}. */
@Component
public class Charts {

    private final JsonMapper json;

    Charts(JsonMapper json) {
        this.json = json;
    }

    /** A bar chart: one label per bar, one or more named series. */
    public String bar(List<String> labels, Map<String, List<? extends Number>> series, String axisLabel) {
        var datasets = series.entrySet().stream()
                .map(e -> Map.of("label", e.getKey(), "data", e.getValue())).toList();
        return safe(Map.of("type", "bar",
                "data", Map.of("labels", labels, "datasets", datasets),
                "options", Map.of("plugins", Map.of("legend", Map.of("display", series.size() > 1)),
                        "scales", Map.of("y", Map.of("beginAtZero", true,
                                "title", Map.of("display", true, "text", axisLabel))))));
    }

    /**
     * Bars with a line over them (for example revenue won against quota). A null in a line leaves a gap: a period
     * without a quota has no quota point rather than a zero.
     */
    public String barsWithLine(List<String> labels, Map<String, List<? extends Number>> bars,
                               Map<String, List<? extends Number>> lines, String axisLabel) {
        List<Object> datasets = new java.util.ArrayList<>();
        lines.forEach((name, data) -> datasets.add(Map.of("type", "line", "label", name, "data", data,
                "borderColor", "#cb4335", "backgroundColor", "#cb4335", "pointRadius", 4, "order", 0)));
        bars.forEach((name, data) -> datasets.add(Map.of("type", "bar", "label", name, "data", data, "order", 1)));
        return safe(Map.of("type", "bar",
                "data", Map.of("labels", labels, "datasets", datasets),
                "options", Map.of("scales", Map.of("y", Map.of("beginAtZero", true,
                        "title", Map.of("display", true, "text", axisLabel))))));
    }

    /** Horizontal bars, one series (a funnel). */
    public String funnel(List<String> labels, List<? extends Number> values, String label) {
        return safe(Map.of("type", "bar",
                "data", Map.of("labels", labels, "datasets", List.of(Map.of("label", label, "data", values))),
                "options", Map.of("indexAxis", "y", "plugins", Map.of("legend", Map.of("display", false)))));
    }

    /** Any specification, serialised safely. */
    public String safe(Object spec) {
        return json.writeValueAsString(spec).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
