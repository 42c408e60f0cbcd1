package dev.frontline.forecast;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the period many times over, always from the same seed. In each draw a common shock moves the whole team
 * (reps have good and bad periods together): each open deal is won or not with its probability times the shock,
 * and new deals arrive as a Poisson count at the rep's rate times the shock, with amounts drawn from the rep's past
 * new wins.
 */
final class Simulation {

    /**
     * One rep's part.
     *
     * @param amounts    each open deal's amount in cents, in a canonical order
     * @param odds       each open deal's probability of being won in the period
     * @param newRate    the expected number of new deals created and won inside the period
     * @param newAmounts amounts a new win may have, in cents
     */
    record RepInput(long repId, long[] amounts, double[] odds, double newRate, long[] newAmounts) {
    }

    /**
     * Sorted draws of the team's and each rep's won revenue (cents), the team's draws in drawing order, and each
     * deal's share of the draws it was won in.
     */
    record Result(long[] team, long[] teamRaw, Map<Long, long[]> reps, Map<Long, double[]> dealOdds) {
    }

    private Simulation() {
    }

    static Result run(List<RepInput> reps, double shock, int draws, long seed) {
        Variates random = new Variates(seed);
        long[] team = new long[draws];
        Map<Long, long[]> byRep = new LinkedHashMap<>();
        Map<Long, int[]> wins = new LinkedHashMap<>();
        for (int r = 0; r < reps.size(); r++) {
            byRep.put(reps.get(r).repId(), new long[draws]);
            wins.put(reps.get(r).repId(), new int[reps.get(r).amounts().length]);
        }
        int[][] wonBy = reps.stream().map(r -> wins.get(r.repId())).toArray(int[][]::new);
        long[][] repDraws = reps.stream().map(r -> byRep.get(r.repId())).toArray(long[][]::new);
        for (int draw = 0; draw < draws; draw++) {
            double z = shock > 0 ? random.gamma(1 / shock, shock) : 1;
            for (int r = 0; r < reps.size(); r++) {
                RepInput rep = reps.get(r);
                long total = 0;
                int[] won = wonBy[r];
                double[] odds = rep.odds();
                long[] amounts = rep.amounts();
                for (int i = 0; i < amounts.length; i++) {
                    if (random.uniform() < odds[i] * z) {
                        total += amounts[i];
                        won[i]++;
                    }
                }
                if (rep.newRate() > 0 && rep.newAmounts().length > 0) {
                    int n = random.poisson(z * rep.newRate());
                    for (int k = 0; k < n; k++) {
                        total += rep.newAmounts()[random.index(rep.newAmounts().length)];
                    }
                }
                repDraws[r][draw] = total;
                team[draw] += total;
            }
        }
        long[] raw = team.clone();
        Arrays.sort(team);
        byRep.values().forEach(Arrays::sort);
        Map<Long, double[]> odds = new LinkedHashMap<>();
        wins.forEach((rep, w) -> odds.put(rep, Arrays.stream(w).mapToDouble(x -> (double) x / draws).toArray()));
        return new Result(team, raw, byRep, odds);
    }
}
