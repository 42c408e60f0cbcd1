package dev.frontline.pipeline;

import dev.frontline.shared.Scope;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The forecast categories of open deals, which the forecast module keeps and provides this for: an edit of a deal
 * ({@link Pipeline#edit}) sets its category through it, in the edit's transaction, without the pipeline depending
 * on the forecast.
 */
public interface DealCategories {

    /** The deal's category by name ({@code COMMIT}, {@code BEST_CASE}, …), or null when it has none. */
    @Nullable String category(long opportunityId);

    /** The category's own version (0: none yet), which a writer sends back to change it. */
    int version(long opportunityId);

    /** The categories a deal may take: names to labels, in their order. */
    Map<String, String> choices();

    /**
     * Sets an open deal's category and records the change in its history, as the forecast's own category writes do.
     *
     * @param version the category's version the writer read, or null to set it whatever it is
     * @throws dev.frontline.shared.InvalidInput naming {@code forecastCategory} for a name that is no category
     * @throws dev.frontline.shared.StaleVersion when the category changed since {@code version}
     */
    void set(Scope scope, long opportunityId, String category, @Nullable Integer version);
}
