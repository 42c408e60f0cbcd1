package dev.frontline.coaching;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The number a coaching plan sets out to move, measured over the deals of a window of days (see {@link PlanMath}).
 */
public enum PlanMetric {
    /**
     * The win rate: won ÷ (won + lost) of the deals closed in the window, in percent. Every closed deal passed
     * Engaging (the data holds no stage history), so it is the Engaging → Won conversion of closed deals.
     */
    CONVERSION("Win rate", "%", true),
    /** Median days from engage to close of the deals won in the window; shorter is better. */
    MEDIAN_CYCLE("Median sales cycle", "days", false),
    /** Won revenue ÷ deals won in the window. */
    AVG_DEAL("Average won deal", "$", true),
    /** Value of the opportunities created in the window (amount, else the product's list price), as results counts it. */
    PIPELINE_CREATED("Pipeline created", "$", true);

    private final String label;
    private final String unit;
    private final boolean higherIsBetter;

    PlanMetric(String label, String unit, boolean higherIsBetter) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** How the number is worked out, in words. */
    public String definition() {
        return switch (this) {
            case CONVERSION -> "won ÷ (won + lost) of the deals closed in the window (Engaging → Won: every closed "
                    + "deal passed Engaging)";
            case MEDIAN_CYCLE -> "the median days from engage to close of the deals won in the window";
            case AVG_DEAL -> "won revenue ÷ deals won in the window";
            case PIPELINE_CREATED -> "the value of the opportunities created in the window (amount, else list price)";
        };
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public static @Nullable PlanMetric parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
