package dev.frontline.results.web;

import dev.frontline.results.QuotaGrid;
import dev.frontline.results.QuotaSuggestion;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The quota grid page: the grid, suggestions for a period, and what the last save did. */
public record QuotasPage(QuotaGrid grid, String suggestionPeriod, List<QuotaSuggestion> suggestions, boolean editable,
                         @Nullable String notice, @Nullable String problem) {
}
