package dev.frontline.results;

import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Stage;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of results, free of Spring and of the database: every figure from a list of deal facts.
 *
 * <p>Definitions: a deal counts for a period when it closed inside it (won and lost); open pipeline is every open
 * deal now; an open deal is expected to close on its close date if it has one, else on its engage date plus the
 * team's median sales cycle, and on today when that day has passed; deals with neither date are undated.
 */
final class ResultsMath {

    static final int SCALE = 1;

    private ResultsMath() {
    }

    static Figures figures(List<DealFact> deals, SalesPeriod period, LocalDate today, @Nullable BigDecimal quota,
                           @Nullable BigDecimal cycleDays) {
        BigDecimal expected = quota == null ? null
                : quota.multiply(BigDecimal.valueOf(period.elapsed(today))).setScale(2, RoundingMode.HALF_UP);
        return figures(deals, period, today, quota, expected, cycleDays);
    }

    /** As above, with the quota due by today given (a new hire's ramps month by month, see {@link QuotaBook}). */
    static Figures figures(List<DealFact> deals, SalesPeriod period, LocalDate today, @Nullable BigDecimal quota,
                           @Nullable BigDecimal expectedToDate, @Nullable BigDecimal cycleDays) {
        return figures(deals, period.start(), period.end(), expectedToDate, today, quota, cycleDays);
    }

    /**
     * The figures of any span of days (no quota): what a rep's record over several periods adds up to; the sales
     * cycle dates open deals (the median over the owners' won deals, {@link #medianCycle}).
     */
    static Figures figures(List<DealFact> deals, LocalDate from, LocalDate to, LocalDate today,
                           @Nullable BigDecimal cycleDays) {
        return figures(deals, from, to, null, today, null, cycleDays);
    }

    private static Figures figures(List<DealFact> deals, LocalDate from, LocalDate to,
                                   @Nullable BigDecimal expectedToDate, LocalDate today, @Nullable BigDecimal quota,
                                   @Nullable BigDecimal cycleDays) {
        BigDecimal wonRevenue = BigDecimal.ZERO;
        int won = 0;
        int wonWithAmount = 0;
        int lost = 0;
        List<BigDecimal> cycles = new ArrayList<>();
        BigDecimal open = BigDecimal.ZERO;
        int openDeals = 0;
        BigDecimal due = BigDecimal.ZERO;
        int dueDeals = 0;
        int created = 0;
        BigDecimal pipelineCreated = BigDecimal.ZERO;
        for (DealFact d : deals) {
            if (d.closedWithin(from, to)) {
                if (d.won()) {
                    won++;
                    if (d.amount() != null) {
                        wonWithAmount++;
                        wonRevenue = wonRevenue.add(d.amount());
                    }
                    if (d.engageDate() != null) {
                        cycles.add(BigDecimal.valueOf(ChronoUnit.DAYS.between(d.engageDate(), d.closeDate())));
                    }
                } else if (d.lost()) {
                    lost++;
                }
            }
            if (d.open()) {
                openDeals++;
                open = open.add(orZero(d.value()));
                LocalDate expected = expectedClose(d, cycleDays, today);
                if (expected != null && !expected.isBefore(from) && !expected.isAfter(to)) {
                    dueDeals++;
                    due = due.add(orZero(d.value()));
                }
            }
            if (d.createdWithin(from, to)) {
                created++;
                pipelineCreated = pipelineCreated.add(orZero(d.value()));
            }
        }
        BigDecimal attainment = quota == null ? null : percent(wonRevenue, quota);
        BigDecimal pacing = expectedToDate == null ? null : percent(wonRevenue, expectedToDate);
        BigDecimal gap = quota == null ? null : quota.subtract(wonRevenue).max(BigDecimal.ZERO);
        BigDecimal coverage = gap == null || gap.signum() == 0 ? null : due.divide(gap, 2, RoundingMode.HALF_UP);
        return new Figures(wonRevenue, won, lost, rate(won, won + lost), average(wonRevenue, wonWithAmount), median(cycles),
                quota, attainment, expectedToDate, pacing, gap, open, openDeals, due, dueDeals, coverage, created,
                pipelineCreated);
    }

    /** When an open deal is expected to close, or null when it has no date to go by. */
    static @Nullable LocalDate expectedClose(DealFact deal, @Nullable BigDecimal cycleDays, LocalDate today) {
        LocalDate expected = deal.closeDate();
        if (expected == null && deal.engageDate() != null && cycleDays != null) {
            expected = deal.engageDate().plusDays(cycleDays.setScale(0, RoundingMode.HALF_UP).longValue());
        }
        if (expected == null) {
            return null;
        }
        return expected.isBefore(today) ? today : expected;
    }

    /** Median days from engage to close over all won deals: the sales cycle used to date open deals. */
    static @Nullable BigDecimal medianCycle(Collection<DealFact> deals) {
        List<BigDecimal> cycles = deals.stream().filter(d -> d.won() && d.engageDate() != null && d.closeDate() != null)
                .map(d -> BigDecimal.valueOf(ChronoUnit.DAYS.between(d.engageDate(), d.closeDate()))).toList();
        return median(cycles);
    }

    static @Nullable BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(mid)
                : sorted.get(mid - 1).add(sorted.get(mid)).divide(BigDecimal.valueOf(2), SCALE, RoundingMode.HALF_UP);
        return median.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The stage funnel of the deals that closed in the period, plus the deals open now when the period includes
     * today. A closed deal passed every open stage; an open deal reached the stages up to its own. Stages run in
     * their order, then won; lost stages follow without a conversion.
     */
    static List<FunnelStep> funnel(List<DealFact> deals, List<Stage> stages, SalesPeriod period, LocalDate today) {
        return funnel(deals, stages, period.start(), period.end(), today);
    }

    /** The funnel of a span of days: as for a period, with the open deals counted when the span includes today. */
    static List<FunnelStep> funnel(List<DealFact> deals, List<Stage> stages, LocalDate from, LocalDate to,
                                   LocalDate today) {
        boolean current = !today.isBefore(from) && !today.isAfter(to);
        List<DealFact> cohort = deals.stream()
                .filter(d -> d.closedWithin(from, to) || (current && d.open())).toList();
        List<Stage> chain = new ArrayList<>(stages.stream().filter(s -> s.outcome() == Outcome.OPEN)
                .sorted(Comparator.comparingInt(Stage::position)).toList());
        List<Integer> reached = new ArrayList<>();
        for (Stage s : chain) {
            reached.add((int) cohort.stream().filter(d -> !d.open() || d.stagePosition() >= s.position()).count());
        }
        List<FunnelStep> steps = new ArrayList<>();
        int won = (int) cohort.stream().filter(DealFact::won).count();
        for (int i = 0; i < chain.size(); i++) {
            int next = i + 1 < chain.size() ? reached.get(i + 1) : won;
            steps.add(new FunnelStep(chain.get(i).name(), reached.get(i), rate(next, reached.get(i))));
        }
        stages.stream().filter(s -> s.outcome() == Outcome.WON).findFirst()
                .ifPresent(s -> steps.add(new FunnelStep(s.name(), won, null)));
        stages.stream().filter(s -> s.outcome() == Outcome.LOST).findFirst()
                .ifPresent(s -> steps.add(new FunnelStep(s.name(),
                        (int) cohort.stream().filter(DealFact::lost).count(), null)));
        return steps;
    }

    /** The main figures per key (product, sector), biggest won revenue first; deals without a key are "(none)". */
    static List<Breakdown> breakdown(List<DealFact> deals, Function<DealFact, @Nullable String> key,
                                     SalesPeriod period) {
        return breakdown(deals, key, period.start(), period.end());
    }

    /** The breakdown of the deals closed in a span of days, and of every open deal. */
    static List<Breakdown> breakdown(List<DealFact> deals, Function<DealFact, @Nullable String> key, LocalDate from,
                                     LocalDate to) {
        Map<String, List<DealFact>> groups = new TreeMap<>();
        for (DealFact d : deals) {
            if (d.open() || d.closedWithin(from, to)) {
                groups.computeIfAbsent(Objects.requireNonNullElse(key.apply(d), "(none)"), k -> new ArrayList<>()).add(d);
            }
        }
        List<Breakdown> rows = new ArrayList<>();
        groups.forEach((k, list) -> {
            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal open = BigDecimal.ZERO;
            int won = 0;
            int lost = 0;
            int openDeals = 0;
            for (DealFact d : list) {
                if (d.open()) {
                    openDeals++;
                    open = open.add(orZero(d.value()));
                } else if (d.won()) {
                    won++;
                    revenue = revenue.add(orZero(d.amount()));
                } else {
                    lost++;
                }
            }
            rows.add(new Breakdown(k, revenue, won, lost, rate(won, won + lost), average(revenue, won), open, openDeals));
        });
        rows.sort(Comparator.comparing(Breakdown::wonRevenue).reversed().thenComparing(Breakdown::key));
        return rows;
    }

    /** Competition ranking (1 is best; ties share a rank) of each rep on each headline figure. */
    static Map<Long, Map<String, Integer>> ranks(Map<Long, Figures> byRep) {
        Map<Long, Map<String, Integer>> ranks = new HashMap<>();
        byRep.keySet().forEach(id -> ranks.put(id, new TreeMap<>()));
        rank(byRep, ranks, "wonRevenue", Figures::wonRevenue, true);
        rank(byRep, ranks, "attainment", Figures::attainment, true);
        rank(byRep, ranks, "winRate", Figures::winRate, true);
        rank(byRep, ranks, "avgWonDeal", Figures::avgWonDeal, true);
        rank(byRep, ranks, "medianCycleDays", Figures::medianCycleDays, false);
        rank(byRep, ranks, "won", f -> BigDecimal.valueOf(f.won()), true);
        return ranks;
    }

    private static void rank(Map<Long, Figures> byRep, Map<Long, Map<String, Integer>> ranks, String name,
                             Function<Figures, @Nullable BigDecimal> figure, boolean higherIsBetter) {
        List<Map.Entry<Long, BigDecimal>> values = new ArrayList<>();
        byRep.forEach((id, f) -> {
            BigDecimal v = figure.apply(f);
            if (v != null) {
                values.add(Map.entry(id, v));
            }
        });
        for (Map.Entry<Long, BigDecimal> e : values) {
            int better = (int) values.stream().filter(o -> higherIsBetter
                    ? o.getValue().compareTo(e.getValue()) > 0 : o.getValue().compareTo(e.getValue()) < 0).count();
            ranks.get(e.getKey()).put(name, better + 1);
        }
    }

    /**
     * A rep's percentile rank among their team on one figure: the share of the other reps with a lower value, ties
     * counting half, in percent (100 = ahead of everyone). Null when the rep has no value or has no teammates with one.
     */
    static @Nullable BigDecimal percentile(@Nullable BigDecimal value, Collection<@Nullable BigDecimal> others) {
        List<BigDecimal> known = others.stream().filter(Objects::nonNull).map(v -> (BigDecimal) v).toList();
        if (value == null || known.isEmpty()) {
            return null;
        }
        double below = 0;
        for (BigDecimal o : known) {
            int c = o.compareTo(value);
            below += c < 0 ? 1 : c == 0 ? 0.5 : 0;
        }
        return BigDecimal.valueOf(below * 100 / known.size()).setScale(0, RoundingMode.HALF_UP);
    }

    /** A rep's figures against the team's, in words. */
    static List<Comparison> versusTeam(Figures rep, Figures team, int teamSize) {
        List<Comparison> out = new ArrayList<>();
        if (teamSize > 0 && team.wonRevenue().signum() > 0) {
            BigDecimal average = team.wonRevenue().divide(BigDecimal.valueOf(teamSize), 2, RoundingMode.HALF_UP);
            BigDecimal pct = percent(rep.wonRevenue().subtract(average), average);
            out.add(words("won revenue", pct, true, "%", "above", "below", "the team's average per rep"));
        }
        if (rep.attainment() != null && team.attainment() != null) {
            out.add(words("attainment", rep.attainment().subtract(team.attainment()), true, " points", "above", "below", "team"));
        }
        if (rep.winRate() != null && team.winRate() != null) {
            out.add(words("win rate", rep.winRate().subtract(team.winRate()), true, " points", "above", "below", "team"));
        }
        if (rep.avgWonDeal() != null && team.avgWonDeal() != null && team.avgWonDeal().signum() > 0) {
            out.add(words("average won deal", percent(rep.avgWonDeal().subtract(team.avgWonDeal()), team.avgWonDeal()),
                    true, "%", "above", "below", "team"));
        }
        if (rep.medianCycleDays() != null && team.medianCycleDays() != null) {
            out.add(words("median cycle", rep.medianCycleDays().subtract(team.medianCycleDays()), false, " days",
                    "longer than", "shorter than", "team"));
        }
        return out;
    }

    private static Comparison words(String figure, BigDecimal diff, boolean higherIsBetter, String unit, String up,
                                    String down, String against) {
        BigDecimal rounded = diff.setScale(0, RoundingMode.HALF_UP);
        String amount = rounded.abs().toPlainString()
                + (rounded.abs().compareTo(BigDecimal.ONE) == 0 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
        String text = rounded.signum() == 0 ? figure + " in line with " + against
                : figure + " " + amount + " " + (rounded.signum() > 0 ? up : down) + " " + against;
        boolean better = rounded.signum() == 0 || (rounded.signum() > 0) == higherIsBetter;
        return new Comparison(figure, diff.setScale(SCALE, RoundingMode.HALF_UP), better, text);
    }

    static @Nullable BigDecimal rate(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    static @Nullable BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    static @Nullable BigDecimal average(BigDecimal total, int count) {
        return count == 0 ? null : total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
