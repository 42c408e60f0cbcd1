package dev.frontline.forecast;

import dev.frontline.forecast.Outlook.DealOutlook;
import dev.frontline.forecast.Outlook.RepOutlook;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The forecast of one team's period from its own history, as known at the end of {@code asOf}.
 *
 * <ol>
 *   <li><b>Reference periods</b>: the last (up to four) complete periods of the same kind — for a month, the same
 *   month of the fiscal quarter; for a quarter, any quarter — each replayed at the same point (the same number of
 *   days from its start) with only what was known then.</li>
 *   <li><b>Which deals</b>: an open deal's probability of being won in the period is the share of deals of its age
 *   (whole months since created) open at that point that closed inside such periods (time to close), times the
 *   rep's win share of those closes, shrunk towards the team's with an empirical-Bayes beta prior.</li>
 *   <li><b>How many</b>: a rep wins from their pipeline about as many deals as in those reference periods; the
 *   deals' probabilities are scaled to a rate drawn from its gamma posterior (Jeffreys prior). A pipeline swollen
 *   with deals that never close does not raise the forecast.</li>
 *   <li><b>New deals</b> created and won inside the period arrive at the rep's rate in those periods, with amounts
 *   drawn from those wins.</li>
 *   <li><b>Spread</b>: a team-wide shock whose variance is learned from how far the team's counts missed in past
 *   periods beyond chance, then {@value #DRAWS} seeded draws.</li>
 * </ol>
 */
final class ForecastModel {

    /** At most this many earlier periods of the same kind are learned from: a year of quarters. */
    static final int MAX_REFERENCES = 4;
    static final int DRAWS = 4000;
    static final long SEED = 42L;

    /** The seed of a team's draws: fixed, and different per team so that teams add up as independent. */
    static long seed(String teamName) {
        return SEED * 31 + teamName.hashCode();
    }

    /** A rep, in the order the model walks them: by name, so that the same data always draws the same way. */
    record Rep(long id, String name) {
    }

    private final List<Fact> facts;
    private final Map<Long, List<Fact>> byOwner = new HashMap<>();
    private final Map<LocalDate, Replay> replays = new HashMap<>();
    private final List<Rep> reps;
    private final List<Long> repIds;
    private final SalesPeriod period;
    private final LocalDate asOf;
    private final long offset;

    private ForecastModel(List<Fact> facts, List<Rep> reps, SalesPeriod period, LocalDate asOf) {
        this.facts = facts;
        this.reps = reps;
        this.repIds = reps.stream().map(Rep::id).toList();
        this.period = period;
        this.asOf = asOf;
        this.offset = ChronoUnit.DAYS.between(period.start(), asOf);
        facts.forEach(f -> byOwner.computeIfAbsent(f.ownerId(), k -> new ArrayList<>()).add(f));
    }

    /** A past period replayed at this forecast's point, computed once. */
    private Replay replay(SalesPeriod p) {
        return replays.computeIfAbsent(p.start(), s -> Replay.of(facts, repIds, p, offset));
    }

    /**
     * Forecasts the period for the team's reps from the deals' facts, seeing only what was known at the end of
     * {@code asOf}. {@code openStage} names the stage a deal that closed later was in while open.
     */
    static Outlook forecast(Collection<Fact> all, List<Rep> reps, SalesPeriod period, LocalDate asOf,
                            String openStage, int draws, long seed) {
        List<Fact> known = all.stream().map(f -> f.asOf(asOf, openStage)).filter(Objects::nonNull).toList();
        return new ForecastModel(known, reps, period, asOf).run(draws, seed);
    }

    /** The step back to the previous period of the same kind, in periods of the grain. */
    static int kindStep(SalesPeriod period) {
        return period.grain() == Grain.MONTH ? 3 : 1;
    }

    /** Which kind of period this is, in words: the first month of a quarter, a quarter, a year. */
    static String kind(SalesPeriod period) {
        return switch (period.grain()) {
            case MONTH -> switch ((period.start().getMonthValue() - period.firstMonth() + 12) % 3) {
                case 0 -> "the first month of a quarter";
                case 1 -> "the second month of a quarter";
                default -> "the last month of a quarter";
            };
            case QUARTER -> "a quarter";
            case YEAR -> "a year";
        };
    }

    private Outlook run(int draws, long seed) {
        Map<Long, Long> wonToDate = wonToDate();
        long teamWon = wonToDate.values().stream().mapToLong(Long::longValue).sum();
        LocalDate firstClose = facts.stream().map(Fact::closed).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
        List<Replay> references = firstClose == null ? List.of() : references(firstClose);
        if (references.isEmpty()) {
            Map<Long, RepOutlook> out = new LinkedHashMap<>();
            reps.forEach(r -> out.put(r.id(), new RepOutlook(r, Dist.of(wonToDate.get(r.id()), new long[0]),
                    List.of(), null, 0, 0, 0)));
            return new Outlook(period, asOf, false, 0, 0, Dist.of(teamWon, new long[0]), out);
        }
        AgeTable ages = AgeTable.of(references, repIds);
        Amounts amounts = new Amounts(facts, asOf);
        List<Simulation.RepInput> inputs = new ArrayList<>();
        Map<Long, List<DealOutlook>> deals = new HashMap<>();
        Map<Long, Simulation.Gamma> pipelineRates = new HashMap<>();
        Map<Long, Simulation.Gamma> newRates = new HashMap<>();
        Map<Long, long[]> newAmounts = new HashMap<>();
        for (Rep rep : reps) {
            List<DealOutlook> pipeline = pipeline(rep.id(), ages, amounts);
            deals.put(rep.id(), pipeline);
            Simulation.Gamma pipelineRate = rate(references, rep.id(), Replay.Rep::openWins);
            Simulation.Gamma newRate = pipelineRate != null ? rate(references, rep.id(), Replay.Rep::newWins)
                    : hasDeals(rep.id()) ? pooledNewRate(references) : null;
            long[] fresh = newAmounts(references, rep.id(), amounts);
            pipelineRates.put(rep.id(), pipelineRate);
            newRates.put(rep.id(), newRate);
            newAmounts.put(rep.id(), fresh);
            inputs.add(new Simulation.RepInput(rep.id(), pipeline.stream().mapToLong(DealOutlook::amountCents).toArray(),
                    pipeline.stream().mapToDouble(DealOutlook::probability).toArray(), pipelineRate, newRate, fresh));
        }
        double shock = shock(firstClose);
        Simulation.Result result = Simulation.run(inputs, shock, draws, seed);
        Map<Long, RepOutlook> out = new LinkedHashMap<>();
        for (Rep rep : reps) {
            double[] odds = result.dealOdds().get(rep.id());
            List<DealOutlook> before = deals.get(rep.id());
            List<DealOutlook> after = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                DealOutlook d = before.get(i);
                after.add(new DealOutlook(d.dealId(), d.ownerId(), d.product(), d.ageMonths(), d.amountCents(),
                        d.amountEstimated(), d.closeRate(), d.winShare(), d.teamWinShare(), odds[i]));
            }
            Simulation.Gamma pr = pipelineRates.get(rep.id());
            Simulation.Gamma nr = newRates.get(rep.id());
            long[] fresh = newAmounts.get(rep.id());
            out.put(rep.id(), new RepOutlook(rep, Dist.of(wonToDate.get(rep.id()), result.reps().get(rep.id())), after,
                    pr == null ? null : pr.mean(), before.stream().mapToDouble(DealOutlook::probability).sum(),
                    nr == null || fresh.length == 0 ? 0 : nr.mean(), average(fresh)));
        }
        return new Outlook(period, asOf, true, references.size(), shock, Dist.of(teamWon, result.team(), result.teamRaw()),
                out);
    }

    private boolean hasDeals(long repId) {
        return byOwner.containsKey(repId);
    }

    private Map<Long, Long> wonToDate() {
        Map<Long, Long> won = new LinkedHashMap<>();
        repIds.forEach(id -> won.put(id, 0L));
        LocalDate before = period.start().minusDays(1);
        for (Fact f : facts) {
            if (won.containsKey(f.ownerId()) && f.wonBetween(before, asOf) && f.amountCents() != null) {
                won.merge(f.ownerId(), f.amountCents(), Long::sum);
            }
        }
        return won;
    }

    /** Complete earlier periods of the same kind, all of them after the first recorded close, newest first. */
    private List<Replay> references(LocalDate firstClose) {
        List<Replay> out = new ArrayList<>();
        int step = kindStep(period);
        for (SalesPeriod p = period.minus(step); !p.start().isBefore(firstClose) && out.size() < MAX_REFERENCES;
             p = p.minus(step)) {
            if (!p.end().isAfter(asOf)) {
                out.add(replay(p));
            }
        }
        return out;
    }

    private List<DealOutlook> pipeline(long repId, AgeTable ages, Amounts amounts) {
        List<DealOutlook> out = new ArrayList<>();
        byOwner.getOrDefault(repId, List.of()).stream().filter(f -> f.openAt(asOf))
                .sorted(Comparator.comparingInt((Fact f) -> Months.index(f.created()))
                        .thenComparing(f -> Objects.requireNonNullElse(f.product(), ""))
                        .thenComparingLong(f -> Objects.requireNonNullElse(f.amountCents(), -1L))
                        .thenComparingLong(Fact::id))
                .forEach(f -> {
                    int age = f.ageInMonths(asOf);
                    double close = ages.closeRate(age);
                    double team = ages.winShare(age);
                    double rep = ages.repWinShare(repId, age);
                    Long own = f.amountCents();
                    long amount = own != null ? own : amounts.estimate(repId, f.product());
                    if (close * rep > 0 && amount > 0) {
                        out.add(new DealOutlook(f.id(), repId, f.product(), age, amount, own == null, close, rep, team,
                                close * rep));
                    }
                });
        return out;
    }

    /** The gamma posterior (Jeffreys prior) of a rep's wins per period over the periods they were active in. */
    private static Simulation.@Nullable Gamma rate(List<Replay> references,
                                                   long repId, java.util.function.ToIntFunction<Replay.Rep> count) {
        int periods = 0;
        int total = 0;
        for (Replay r : references) {
            Replay.Rep rep = r.reps().get(repId);
            if (rep.active()) {
                periods++;
                total += count.applyAsInt(rep);
            }
        }
        return periods == 0 ? null : new Simulation.Gamma(total + 0.5, 1.0 / periods);
    }

    /** For a rep without a record: the team's new wins per active rep and period. */
    private static Simulation.Gamma pooledNewRate(List<Replay> references) {
        int periods = 0;
        int total = 0;
        for (Replay r : references) {
            for (Replay.Rep rep : r.reps().values()) {
                if (rep.active()) {
                    periods++;
                    total += rep.newWins();
                }
            }
        }
        return periods == 0 ? null : new Simulation.Gamma(total + 0.5, 1.0 / periods);
    }

    /** Amounts a new win may have: the rep's new wins in the references, else all their wins, else the team's. */
    private static long[] newAmounts(List<Replay> references, long repId, Amounts amounts) {
        List<Long> fresh = new ArrayList<>();
        references.forEach(r -> fresh.addAll(r.reps().get(repId).newAmounts()));
        if (fresh.isEmpty()) {
            fresh.addAll(amounts.wonBy(repId));
        }
        if (fresh.isEmpty()) {
            fresh.addAll(amounts.wonByTeam());
        }
        return fresh.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * The variance of a team-wide shock (squared coefficient of variation of a common factor on every rate): over
     * the recent complete periods, how far the team's wins from its pipeline and from new deals missed the mean of
     * the earlier periods of the same kind, beyond the Poisson and estimation noise the model already draws —
     * Σ[(actual − mean)² − (mean + mean/n)] / Σ mean². Zero when they missed no more than that.
     */
    private double shock(LocalDate firstClose) {
        int step = kindStep(period);
        Map<LocalDate, Replay> past = new TreeMap<>();
        for (SalesPeriod p = period.previous(); !p.start().isBefore(firstClose)
                && p.start().isAfter(period.start().minusMonths((long) period.months() * step * 2 * MAX_REFERENCES));
             p = p.previous()) {
            if (!p.end().isAfter(asOf)) {
                past.put(p.start(), replay(p));
            }
        }
        double excess = 0;
        double scale = 0;
        for (Replay r : past.values()) {
            List<Replay> earlier = new ArrayList<>();
            for (SalesPeriod p = r.period().minus(step); earlier.size() < MAX_REFERENCES && past.containsKey(p.start());
                 p = p.minus(step)) {
                earlier.add(past.get(p.start()));
            }
            if (earlier.isEmpty()) {
                continue;
            }
            for (boolean pipeline : new boolean[] {true, false}) {
                double mean = earlier.stream().mapToInt(e -> pipeline ? e.teamOpenWins() : e.teamNewWins()).average()
                        .orElse(0);
                if (mean <= 0) {
                    continue;
                }
                double actual = pipeline ? r.teamOpenWins() : r.teamNewWins();
                excess += (actual - mean) * (actual - mean) - (mean + mean / earlier.size());
                scale += mean * mean;
            }
        }
        return scale == 0 ? 0 : Math.max(0, excess / scale);
    }

    private static long average(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        return Math.round((double) sum / values.length);
    }

    /** Ages (whole months) of deals open at the references' point: how many closed, how many were won. */
    static final class AgeTable {

        private static final int[] NONE = new int[3];

        private final Map<Integer, int[]> byAge = new TreeMap<>();
        private final Map<Long, BetaBinomial.Count> reps = new HashMap<>();
        private final int[] older = new int[3];
        private final int oldest;
        private final double strength;
        private int open;
        private int closed;
        private int won;

        private AgeTable(List<Replay> references, List<Long> repIds) {
            int maxClosedAge = -1;
            for (Replay r : references) {
                for (Map.Entry<Integer, Replay.Ages> e : r.ages().entrySet()) {
                    int[] c = byAge.computeIfAbsent(e.getKey(), k -> new int[3]);
                    c[0] += e.getValue().open();
                    c[1] += e.getValue().closed();
                    c[2] += e.getValue().won();
                    open += e.getValue().open();
                    closed += e.getValue().closed();
                    won += e.getValue().won();
                    if (e.getValue().closed() > 0) {
                        maxClosedAge = Math.max(maxClosedAge, e.getKey());
                    }
                }
            }
            this.oldest = maxClosedAge;
            byAge.forEach((a, v) -> {
                if (a > oldest) {
                    older[0] += v[0];
                    older[1] += v[1];
                    older[2] += v[2];
                }
            });
            for (Long id : repIds) {
                long wins = 0;
                long closes = 0;
                for (Replay r : references) {
                    wins += r.reps().get(id).wins();
                    closes += r.reps().get(id).closes();
                }
                reps.put(id, new BetaBinomial.Count(wins, closes));
            }
            this.strength = BetaBinomial.strength(reps.values());
        }

        static AgeTable of(List<Replay> references, List<Long> repIds) {
            return new AgeTable(references, repIds);
        }

        /** Counts for an age; ages past the oldest that ever closed are pooled as one group. */
        private int[] counts(int age) {
            return age <= oldest ? byAge.getOrDefault(age, NONE) : older;
        }

        double closeRate(int age) {
            int[] c = counts(age);
            if (c[0] > 0) {
                return (double) c[1] / c[0];
            }
            return open == 0 ? 0 : (double) closed / open;
        }

        double winShare(int age) {
            int[] c = counts(age);
            if (c[1] > 0) {
                return (double) c[2] / c[1];
            }
            return overallWinShare();
        }

        double overallWinShare() {
            return closed == 0 ? 0 : (double) won / closed;
        }

        /** The rep's win share at this age: the team's, moved by the rep's shrunk odds against the team's. */
        double repWinShare(long repId, int age) {
            double team = winShare(age);
            double overall = overallWinShare();
            if (team <= 0 || team >= 1 || overall <= 0 || overall >= 1) {
                return team;
            }
            double rep = BetaBinomial.shrink(reps.get(repId), overall, strength);
            double odds = team / (1 - team) * (rep / (1 - rep)) / (overall / (1 - overall));
            return odds / (1 + odds);
        }

        double strength() {
            return strength;
        }
    }

    /** Average won deals known at a day, for deals whose amount is not known yet. */
    static final class Amounts {

        private record Key(long rep, @Nullable String product) {
        }

        private final Map<Key, long[]> repProduct = new HashMap<>();
        private final Map<String, long[]> product = new HashMap<>();
        private final Map<Long, List<Long>> rep = new HashMap<>();
        private final List<Long> team = new ArrayList<>();

        Amounts(Collection<Fact> facts, LocalDate asOf) {
            for (Fact f : facts) {
                if (f.won() && f.closedBy(asOf) && f.amountCents() != null) {
                    add(repProduct, new Key(f.ownerId(), f.product()), f.amountCents());
                    add(product, String.valueOf(f.product()), f.amountCents());
                    rep.computeIfAbsent(f.ownerId(), k -> new ArrayList<>()).add(f.amountCents());
                    team.add(f.amountCents());
                }
            }
        }

        private static <K> void add(Map<K, long[]> sums, K key, long cents) {
            long[] s = sums.computeIfAbsent(key, k -> new long[2]);
            s[0] += cents;
            s[1]++;
        }

        /**
         * The rep's average won deal of the product; where the rep has not won that product, the team's; failing
         * that the rep's average won deal, then the team's.
         */
        long estimate(long repId, @Nullable String productName) {
            long[] s = repProduct.get(new Key(repId, productName));
            if (s == null) {
                s = product.get(String.valueOf(productName));
            }
            if (s != null) {
                return Math.round((double) s[0] / s[1]);
            }
            List<Long> own = rep.getOrDefault(repId, team);
            return own.isEmpty() ? 0 : Math.round(own.stream().mapToLong(Long::longValue).average().orElse(0));
        }

        List<Long> wonBy(long repId) {
            return rep.getOrDefault(repId, List.of());
        }

        List<Long> wonByTeam() {
            return team;
        }
    }
}
