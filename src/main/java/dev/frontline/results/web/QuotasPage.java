package dev.frontline.results.web;

import dev.frontline.results.QuotaGrid;
import dev.frontline.results.RampSetting;
import dev.frontline.results.QuotaSuggestion;
import dev.frontline.results.Metric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The quota grid page: the grid, suggestions for a period (the next one unless another is asked for), the ramp for
 * new hires, and what the last save did; {@code accepted} and {@code acceptedItems} say what an "accept all" set
 * (shown with the suggestions, where the page comes back to).
 */
public record QuotasPage(QuotaGrid grid, String suggestionPeriod, List<QuotaSuggestion> suggestions,
                         Map<Long, Map<Metric, BigDecimal>> goals, RampSetting ramp, boolean editable,
                         @Nullable String notice, @Nullable String problem, @Nullable String accepted,
                         List<String> acceptedItems) {

    /** The same page saying what an "accept all" just set. */
    public QuotasPage accepted(@Nullable String headline, List<String> items) {
        return new QuotasPage(grid, suggestionPeriod, suggestions, goals, ramp, editable, notice, problem, headline,
                List.copyOf(items));
    }

    /** Whether the suggestions shown are for the next period (else for one the manager picked). */
    public boolean suggestingNext() {
        return suggestionPeriod.equals(grid.nextPeriod());
    }

    /** Any suggestion whose value is prorated for a new hire. */
    public boolean anyRamping() {
        return suggestions.stream().anyMatch(s -> s.ramp() != null);
    }

    public String goal(long repId, Metric metric) {
        BigDecimal target = goals.getOrDefault(repId, Map.of()).get(metric);
        return target == null ? "" : target.stripTrailingZeros().toPlainString();
    }

    public List<Metric> metrics() {
        return List.of(Metric.values());
    }
}
