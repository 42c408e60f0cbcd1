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

    /** Any specification, serialised safely. */
    public String safe(Object spec) {
        return json.writeValueAsString(spec).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
