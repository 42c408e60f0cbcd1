package dev.frontline.results;

import dev.frontline.organization.Member;
import dev.frontline.pipeline.DealFact;
import dev.frontline.system.Fmt;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The quota suggestion arithmetic, free of Spring and the database. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * Each rep's suggestion for the period; {@code book} gives the quota now set and, for new hires, the ramp: a
     * new hire's suggestion is the full quota (what accepting sets), and what it counts for is that × their share
     * of the period after proration.
     */
    static List<QuotaSuggestion> suggest(List<Member> reps, Map<Long, List<DealFact>> factsByRep, SalesPeriod period,
                                         LocalDate today, BigDecimal growth, int trailing, QuotaBook book) {
        BigDecimal factor = BigDecimal.ONE.add(growth.movePointLeft(2));
        List<QuotaSuggestion> withHistory = new ArrayList<>();
        List<Member> without = new ArrayList<>();
        for (Member rep : reps) {
            List<DealFact> facts = factsByRep.getOrDefault(rep.id(), List.of());
            List<QuotaSuggestion.PeriodValue> history = history(facts, period, today, trailing);
            if (history.isEmpty()) {
                without.add(rep);
                continue;
            }
            BigDecimal sum = history.stream().map(QuotaSuggestion.PeriodValue::wonRevenue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal average = sum.divide(BigDecimal.valueOf(history.size()), 2, RoundingMode.HALF_UP);
            BigDecimal suggested = average.multiply(factor).setScale(0, RoundingMode.HALF_UP);
            String arithmetic = "average of " + history.stream()
                    .map(h -> h.period() + " " + Fmt.money(h.wonRevenue())).collect(Collectors.joining(", "))
                    + " = " + Fmt.money(average) + "; × " + factor.stripTrailingZeros().toPlainString()
                    + " (growth " + growth.stripTrailingZeros().toPlainString() + "%) = " + Fmt.money(suggested);
            withHistory.add(prorated(new QuotaSuggestion(rep, period.toString(), history, average, growth, suggested,
                    arithmetic, book.fullForRep(rep.id(), period), suggested, null), book, period));
        }
        BigDecimal median = median(withHistory.stream().map(QuotaSuggestion::suggested).toList());
        List<QuotaSuggestion> all = new ArrayList<>(withHistory);
        for (Member rep : without) {
            all.add(prorated(new QuotaSuggestion(rep, period.toString(), List.of(), null, growth, median,
                    "no track record yet: the team's median suggestion, " + Fmt.money(median),
                    book.fullForRep(rep.id(), period), median, null), book, period));
        }
        all.sort((a, b) -> a.rep().displayName().compareToIgnoreCase(b.rep().displayName()));
        return all;
    }

    /** A new hire's suggestion with what it counts for once prorated, and the arithmetic of that. */
    private static QuotaSuggestion prorated(QuotaSuggestion s, QuotaBook book, SalesPeriod period) {
        String note = book.note(s.rep().id(), period);
        if (note == null) {
            return s;
        }
        BigDecimal share = book.share(s.rep().id(), period);
        BigDecimal effective = s.suggested().multiply(share).setScale(2, RoundingMode.HALF_UP);
        String arithmetic = s.arithmetic() + "; " + note + ": × " + percent(share) + " of " + period + " = "
                + Fmt.money(effective);
        return new QuotaSuggestion(s.rep(), s.period(), s.history(), s.average(), s.growthPercent(), s.suggested(),
                arithmetic, s.current(), effective, note);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * The revenue won in each of the last {@code trailing} completed periods of the period's grain before it,
     * from the period holding the rep's first closed deal on; newest first.
     */
    static List<QuotaSuggestion.PeriodValue> history(List<DealFact> facts, SalesPeriod period, LocalDate today,
                                                      int trailing) {
        LocalDate firstClose = facts.stream().filter(d -> !d.open()).map(DealFact::closeDate)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        List<QuotaSuggestion.PeriodValue> history = new ArrayList<>();
        if (firstClose == null) {
            return history;
        }
        for (SalesPeriod p = period.previous(); history.size() < trailing && !p.end().isBefore(firstClose);
             p = p.previous()) {
            if (!p.end().isBefore(today)) {
                continue;
            }
            SalesPeriod q = p;
            BigDecimal won = facts.stream().filter(d -> d.won() && d.closedWithin(q.start(), q.end()))
                    .map(d -> d.amount() == null ? BigDecimal.ZERO : d.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            history.add(new QuotaSuggestion.PeriodValue(p.toString(), won));
        }
        return history;
    }

    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid)
                : sorted.get(mid - 1).add(sorted.get(mid)).divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP);
    }
}
