package dev.frontline.forecast;

import dev.frontline.pipeline.Outcome;
import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two forecasts Frontline is measured against.
 *
 * <p><b>Weighted pipeline</b>, as a CRM shows it: each open deal expected to close in the period, at its amount
 * (or its product's list price) times its stage's probability. The probabilities are Salesforce's defaults for its
 * standard opportunity stages (the values a new org ships with: Setup → Opportunities → Fields → Stage). The
 * dataset's two open stages map as: Prospecting → Salesforce's Prospecting, 10%; Engaging — a deal the rep is working,
 * anywhere from qualification to negotiation — → the median of the Salesforce stages between those (10, 20, 50, 60,
 * 70, 75, 90), 60%. An open deal is expected to close on the CRM's close date when it has one, else in the month of
 * its creation plus the median won cycle (in months) known on that day.
 *
 * <p><b>Run rate</b>: the average won revenue of the last three periods of the same grain, counting only periods
 * whose closes the data records in full.
 */
final class Baselines {

    static final Map<String, Integer> SALESFORCE_STAGES = Map.ofEntries(
            Map.entry("prospecting", 10), Map.entry("qualification", 10), Map.entry("needs analysis", 20),
            Map.entry("value proposition", 50), Map.entry("id. decision makers", 60),
            Map.entry("perception analysis", 70), Map.entry("proposal/price quote", 75),
            Map.entry("negotiation/review", 90), Map.entry("closed won", 100), Map.entry("closed lost", 0));
    /** Engaging and any open stage Salesforce does not name: the median of its stages after Prospecting. */
    static final int ENGAGED = 60;
    static final int RUN_RATE_PERIODS = 3;

    private Baselines() {
    }

    /** The stage's probability in percent. */
    static int probability(String stage, Outcome outcome) {
        return switch (outcome) {
            case WON -> 100;
            case LOST -> 0;
            case OPEN -> SALESFORCE_STAGES.getOrDefault(stage.trim().toLowerCase(Locale.ROOT), ENGAGED);
        };
    }

    /**
     * The weighted pipeline (cents) of the owners' deals open at the end of {@code asOf} and expected to close in
     * the period. {@code known} holds the deals as known on that day.
     */
    static long weightedPipeline(Collection<Fact> known, Set<Long> owners, SalesPeriod period, LocalDate asOf,
                                 Map<String, Long> listPrices) {
        int cycle = medianWonCycleMonths(known, owners, asOf);
        int first = Months.index(period.start());
        int last = Months.index(period.end());
        long total = 0;
        for (Fact f : known) {
            if (!owners.contains(f.ownerId()) || !f.openAt(asOf)) {
                continue;
            }
            int month = f.expected() != null ? Months.index(f.expected()) : Months.index(f.created()) + cycle;
            if (month < first || month > last) {
                continue;
            }
            Long value = f.amountKnownAt(asOf);
            if (value == null) {
                value = f.product() == null ? null : listPrices.get(f.product());
            }
            if (value != null) {
                total += Math.round(value * probability(f.stage(), f.outcome()) / 100.0);
            }
        }
        return total;
    }

    /** Median whole months from creation to close of the owners' deals won by the day (0 when none). */
    static int medianWonCycleMonths(Collection<Fact> known, Set<Long> owners, LocalDate asOf) {
        List<Integer> cycles = new ArrayList<>();
        for (Fact f : known) {
            if (owners.contains(f.ownerId()) && f.won() && f.closedBy(asOf) && f.created() != null) {
                cycles.add(Months.index(f.closed()) - Months.index(f.created()));
            }
        }
        if (cycles.isEmpty()) {
            return 0;
        }
        cycles.sort(Integer::compare);
        int mid = cycles.size() / 2;
        return cycles.size() % 2 == 1 ? cycles.get(mid) : (int) Math.round((cycles.get(mid - 1) + cycles.get(mid)) / 2.0);
    }

    /** The average won revenue (cents) of the owners over the last three periods recorded in full before this one. */
    static long runRate(Collection<Fact> facts, Set<Long> owners, SalesPeriod period, LocalDate firstClose) {
        long total = 0;
        int periods = 0;
        for (SalesPeriod p = period.previous(); periods < RUN_RATE_PERIODS && !p.start().isBefore(firstClose);
             p = p.previous()) {
            total += won(facts, owners, p);
            periods++;
        }
        return periods == 0 ? 0 : Math.round((double) total / periods);
    }

    /** The owners' won revenue (cents) in the period. */
    static long won(Collection<Fact> facts, Set<Long> owners, SalesPeriod period) {
        long total = 0;
        for (Fact f : facts) {
            if (owners.contains(f.ownerId()) && f.wonBetween(period.start().minusDays(1), period.end())
                    && f.amountCents() != null) {
                total += f.amountCents();
            }
        }
        return total;
    }
}
