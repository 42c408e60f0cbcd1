package dev.frontline.forecast;

import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A past period replayed at a given point: which deals were open then, how old they were, which of them closed and
 * were won by the period's end, and which deals were created after that point and won inside the period. Deals
 * with a stage history are also counted by the stage they were in at that point and their age ({@code staged}).
 *
 * @param snapshot the last day known at that point
 * @param after    wins count when they close after this day (the snapshot, or the day before the period starts)
 */
record Replay(SalesPeriod period, LocalDate snapshot, LocalDate after, Map<Long, Rep> reps,
              Map<Integer, Ages> ages, Map<StageAge, Ages> staged) {

    /** A stage and an age (whole months): the state of an open deal when its stage history is known. */
    record StageAge(String stage, int age) {
    }

    /** A replay without stage history. */
    Replay(SalesPeriod period, LocalDate snapshot, LocalDate after, Map<Long, Rep> reps, Map<Integer, Ages> ages) {
        this(period, snapshot, after, reps, ages, Map.of());
    }

    /** One rep in the replay. */
    record Rep(boolean active, int openWins, int newWins, List<Long> newAmounts, int closes, int wins, int created) {
    }

    /** Deals of one age (in months) open at the snapshot: how many, how many closed, how many were won. */
    record Ages(int open, int closed, int won) {
    }

    /**
     * Replays the period at the same distance from its start as {@code offsetDays} (negative: before it starts).
     */
    static Replay of(Collection<Fact> facts, Collection<Long> reps, SalesPeriod period, long offsetDays) {
        LocalDate snapshot = period.start().plusDays(offsetDays);
        if (snapshot.isAfter(period.end())) {
            snapshot = period.end();
        }
        LocalDate dayBefore = period.start().minusDays(1);
        LocalDate after = snapshot.isAfter(dayBefore) ? snapshot : dayBefore;
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, List<Long>> amounts = new HashMap<>();
        Map<Long, LocalDate> firstSeen = new HashMap<>();
        Map<Integer, int[]> ages = new TreeMap<>();
        Map<StageAge, int[]> staged = new HashMap<>();
        for (Long rep : reps) {
            counts.put(rep, new int[5]);
            amounts.put(rep, new ArrayList<>());
        }
        for (Fact f : facts) {
            int[] c = counts.get(f.ownerId());
            if (c == null || f.created() == null) {
                continue;
            }
            firstSeen.merge(f.ownerId(), f.created(), (a, b) -> a.isBefore(b) ? a : b);
            if (f.openAt(snapshot)) {
                int months = f.ageInMonths(snapshot);
                int[] age = ages.computeIfAbsent(months, k -> new int[3]);
                String stage = f.stageAt(snapshot);
                int[] cell = stage == null ? new int[3] : staged.computeIfAbsent(new StageAge(stage, months), k -> new int[3]);
                age[0]++;
                cell[0]++;
                if (f.closedBetween(after, period.end())) {
                    age[1]++;
                    cell[1]++;
                    c[2]++;
                    if (f.won()) {
                        age[2]++;
                        cell[2]++;
                        c[3]++;
                        c[0]++;
                    }
                }
            } else if (f.createdBetween(snapshot, period.end())) {
                c[4]++;
                if (f.wonBetween(after, period.end())) {
                    c[1]++;
                    amounts.get(f.ownerId()).add(f.amountCents() == null ? 0L : f.amountCents());
                }
            }
        }
        Map<Long, Rep> out = new HashMap<>();
        for (Long rep : reps) {
            int[] c = counts.get(rep);
            LocalDate first = firstSeen.get(rep);
            out.put(rep, new Rep(first != null && !first.isAfter(period.end()), c[0], c[1], List.copyOf(amounts.get(rep)),
                    c[2], c[3], c[4]));
        }
        Map<Integer, Ages> ageCounts = new TreeMap<>();
        ages.forEach((a, c) -> ageCounts.put(a, new Ages(c[0], c[1], c[2])));
        Map<StageAge, Ages> stagedCounts = new HashMap<>();
        staged.forEach((a, c) -> stagedCounts.put(a, new Ages(c[0], c[1], c[2])));
        return new Replay(period, snapshot, after, out, ageCounts, stagedCounts);
    }

    int teamOpenWins() {
        return reps.values().stream().mapToInt(Rep::openWins).sum();
    }

    int teamNewWins() {
        return reps.values().stream().mapToInt(Rep::newWins).sum();
    }

    int teamCreated() {
        return reps.values().stream().mapToInt(Rep::created).sum();
    }

    /** The days deals may be created in after the snapshot, to the period's end. */
    long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(snapshot, period.end());
    }
}
