package dev.frontline.results.web;

import dev.frontline.results.QuotaGrid;
import dev.frontline.results.QuotaSuggestion;
import dev.frontline.results.Metric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The quota grid page: the grid, suggestions for a period, and what the last save did. */
public record QuotasPage(QuotaGrid grid, String suggestionPeriod, List<QuotaSuggestion> suggestions,
                         Map<Long, Map<Metric, BigDecimal>> goals, boolean editable,
                         @Nullable String notice, @Nullable String problem) {

    public String goal(long repId, Metric metric) {
        BigDecimal target = goals.getOrDefault(repId, Map.of()).get(metric);
        return target == null ? "" : target.stripTrailingZeros().toPlainString();
    }

    public List<Metric> metrics() {
        return List.of(Metric.values());
    }
}
