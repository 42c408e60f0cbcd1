package dev.frontline.forecast;

import java.util.Collection;

/**
 * Empirical-Bayes shrinkage of rates: each rep's rate is pulled towards the team's by a beta prior whose strength
 * is learned from how much the reps' rates spread beyond what chance alone would give (method of moments).
 */
final class BetaBinomial {

    /** One group's successes out of trials. */
    record Count(long successes, long trials) {
    }

    private BetaBinomial() {
    }

    /**
     * The prior's strength κ (in pseudo-trials): {@code p(1-p)/τ² - 1}, where τ² is the spread of the groups'
     * rates beyond binomial noise. Infinite when the groups differ no more than chance says (pool them fully);
     * zero when their spread is as wide as a rate's can be.
     */
    static double strength(Collection<Count> groups) {
        long trials = 0;
        long successes = 0;
        int n = 0;
        for (Count g : groups) {
            if (g.trials() > 0) {
                trials += g.trials();
                successes += g.successes();
                n++;
            }
        }
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double p = (double) successes / trials;
        if (p <= 0 || p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double spread = 0;
        for (Count g : groups) {
            if (g.trials() > 0) {
                double r = (double) g.successes() / g.trials();
                spread += g.trials() * (r - p) * (r - p);
            }
        }
        spread /= trials;
        double noise = p * (1 - p) * n / trials;
        double tau2 = spread - noise;
        if (tau2 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, p * (1 - p) / tau2 - 1);
    }

    /** The group's rate shrunk towards {@code prior} with strength κ. */
    static double shrink(Count group, double prior, double strength) {
        if (Double.isInfinite(strength)) {
            return prior;
        }
        if (group.trials() + strength == 0) {
            return prior;
        }
        return (group.successes() + strength * prior) / (group.trials() + strength);
    }
}
