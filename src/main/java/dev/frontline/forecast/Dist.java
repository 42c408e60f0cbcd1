package dev.frontline.forecast;

import java.util.Arrays;

/**
 * A distribution of won revenue in cents: already won plus what the rest of the period brings, as sorted draws,
 * and the same draws in the order they were drawn (to add up independent teams draw by draw).
 */
record Dist(long wonToDate, long[] draws, long[] raw) {

    static Dist of(long wonToDate, long[] sortedDraws) {
        return new Dist(wonToDate, sortedDraws, sortedDraws);
    }

    static Dist of(long wonToDate, long[] sortedDraws, long[] raw) {
        return new Dist(wonToDate, sortedDraws, raw);
    }

    /** The sum of independent distributions drawn the same number of times, draw by draw. */
    static Dist sum(java.util.List<Dist> parts) {
        long won = parts.stream().mapToLong(Dist::wonToDate).sum();
        int n = parts.stream().mapToInt(d -> d.raw().length).max().orElse(0);
        long[] total = new long[n];
        for (Dist d : parts) {
            for (int i = 0; i < d.raw().length; i++) {
                total[i] += d.raw()[i];
            }
        }
        long[] sorted = total.clone();
        Arrays.sort(sorted);
        return new Dist(won, sorted, total);
    }

    /** The q-quantile of the final total (nearest rank). */
    long quantile(double q) {
        if (draws.length == 0) {
            return wonToDate;
        }
        int rank = (int) Math.ceil(q * draws.length);
        return wonToDate + draws[Math.min(draws.length - 1, Math.max(0, rank - 1))];
    }

    long p10() {
        return quantile(0.1);
    }

    long p50() {
        return quantile(0.5);
    }

    long p90() {
        return quantile(0.9);
    }

    long mean() {
        if (draws.length == 0) {
            return wonToDate;
        }
        double sum = 0;
        for (long d : draws) {
            sum += d;
        }
        return wonToDate + Math.round(sum / draws.length);
    }

    /** The share of draws whose final total reaches the target. */
    double probabilityOfReaching(long target) {
        if (draws.length == 0) {
            return wonToDate >= target ? 1 : 0;
        }
        long needed = target - wonToDate;
        int below = lowerBound(needed);
        return (double) (draws.length - below) / draws.length;
    }

    private int lowerBound(long value) {
        int i = Arrays.binarySearch(draws, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && draws[i - 1] == value) {
            i--;
        }
        return i;
    }
}
