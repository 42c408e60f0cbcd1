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

    /**
     * The strength κ of a beta prior centred, for each group, on its own prior rate (the groups are cells of a
     * finer key, each pulled towards the rate of its coarser key): {@code p̄q̄/τ² - 1}, with τ² the groups' spread
     * around their priors beyond binomial noise and p̄q̄ the trial-weighted mean of {@code p(1-p)}. Infinite when
     * the cells differ from their priors no more than chance says (the finer key adds nothing).
     */
    static double strength(java.util.List<Count> groups, double[] priors) {
        long trials = 0;
        double spread = 0;
        double noise = 0;
        int n = 0;
        for (int i = 0; i < groups.size(); i++) {
            Count g = groups.get(i);
            double p = priors[i];
            if (g.trials() == 0 || p <= 0 || p >= 1) {
                continue;
            }
            double r = (double) g.successes() / g.trials();
            trials += g.trials();
            spread += g.trials() * (r - p) * (r - p);
            noise += p * (1 - p);
            n++;
        }
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double pq = 0;
        for (int i = 0; i < groups.size(); i++) {
            double p = priors[i];
            if (groups.get(i).trials() > 0 && p > 0 && p < 1) {
                pq += groups.get(i).trials() * p * (1 - p);
            }
        }
        pq /= trials;
        double tau2 = (spread - noise) / trials;
        if (tau2 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, pq / tau2 - 1);
    }
}
