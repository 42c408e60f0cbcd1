package dev.frontline.forecast;

import java.util.Locale;

/** The rep's own read of an open deal, as CRMs' forecast categories have it. */
public enum ForecastCategory {
    COMMIT("Commit"), BEST_CASE("Best case"), PIPELINE("Pipeline"), OMITTED("Omitted");

    private final String label;

    ForecastCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses {@code COMMIT}, {@code best-case}, {@code Best case} and the like. */
    public static ForecastCategory parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new dev.frontline.shared.Malformed("category", "'" + text + "' is not a forecast category: use COMMIT, BEST_CASE, "
                    + "PIPELINE or OMITTED");
        }
    }
}
