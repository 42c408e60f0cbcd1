package dev.frontline.forecast;

import dev.frontline.forecast.Outlook.DealOutlook;
import dev.frontline.forecast.Outlook.RepOutlook;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The forecast of one team's period from its own history, as known at the end of {@code asOf}.
 *
 * <p>A rep's period is what they win from the deals open now plus the deals they create and win inside it. Both are
 * learned from <b>windows</b>: the team's earlier complete periods of the same grain, each replayed at the same point
 * (as many days from its start as {@code asOf} is from this period's start) with only what was known then.
 *
 * <ol>
 *   <li><b>The open deals</b>: a deal's odds of being won in the period are, among the deals of its age (whole months
 *   since created) open at that point of the windows, the share that closed by the window's end, times the rep's
 *   win share of such closes (shrunk towards the team's, empirical Bayes). Which windows: the same kind of period
 *   (for a month, the same month of the quarter), the last few, or the last twelve — or the same kind's odds
 *   scaled so that each rep wins as many deals from the pipeline as they did then.</li>
 *   <li><b>New deals</b> created and won inside the period: as many as in the windows of the same kind, as in the
 *   last few, the rep's recent rate of creating deals times the share of such deals won inside a window, or the
 *   last few windows' level moved by the trend of deal creation.</li>
 *   <li><b>Which structure</b>: every way above is tried on the team's own past — at each recent window, with only
 *   the windows before it — and weighted by the inverse of its mean squared error in wins (rolling-origin
 *   validation). Nothing is fitted by hand: a history that swings with the quarter weights the same kind, one that
 *   grows weights the trend.</li>
 *   <li><b>Spread</b>: a team-wide shock whose variance is the squared relative error of that weighted forecast in
 *   the same validation, beyond the Poisson noise the draws already make; then {@value #DRAWS} seeded draws.</li>
 * </ol>
 */
final class ForecastModel {

    /** At most this many earlier periods of the same kind are learned from: a year of quarters. */
    static final int MAX_REFERENCES = 4;
    /** The windows learned from at most, and the recent windows each way is validated at: a year of months. */
    static final int WINDOWS = 12;
    /** A rep's recent rate of creating deals is over at most this many days: a quarter. */
    static final int RECENT_DAYS = 91;
    static final int DRAWS = 4000;
    /**
     * The odds are keyed by stage × age only when at least this many deals closed by the forecast's day have a
     * stage history: below it the cells' spread (which sets how far a stage moves its age's odds) would be learned
     * from a handful of deals. A documented minimum, not fitted: above it the empirical-Bayes strength decides how
     * much the stage counts, and nothing at all when stages differ no more than chance.
     */
    static final int MIN_STAGED_DEALS = 30;
    static final long SEED = 42L;

    /** The seed of a team's draws: fixed, and different per team so that teams add up as independent. */
    static long seed(String teamName) {
        return SEED * 31 + teamName.hashCode();
    }

    /** A rep, in the order the model walks them: by name, so that the same data always draws the same way. */
    record Rep(long id, String name) {
    }

    /** How the open deals get their odds: from which windows. */
    enum PipelineWay {
        SAME_KIND("the same kind of period"), TRAILING("the last few periods"), YEAR("the last twelve periods"),
        SCALED("the same kind of period, scaled to the wins the rep made from the pipeline then");

        final String words;

        PipelineWay(String words) {
            this.words = words;
        }
    }

    /** How the deals created and won inside the period are forecast. */
    enum NewWay {
        SAME_KIND("as in the same kind of period"), TRAILING("as in the last few periods"),
        RECENT("the rep's recent rate of creating deals"),
        TREND("the rep's recent rate of creating deals, moved by the trend of the team's");

        final String words;

        NewWay(String words) {
            this.words = words;
        }
    }

    /**
     * The structure chosen from the team's own past: the weight of each way, how many recent windows it was
     * validated at, and the variance of the team-wide shock those validations show.
     */
    record Structure(Map<PipelineWay, Double> pipeline, Map<NewWay, Double> fresh, int validations, double shock) {
    }

    private final List<Fact> facts;
    private final Map<Long, List<Fact>> byOwner = new HashMap<>();
    private final Map<Long, int[]> createdDays = new HashMap<>();
    private final Map<LocalDate, Replay> replays = new HashMap<>();
    private final List<Rep> reps;
    private final List<Long> repIds;
    private final SalesPeriod period;
    private final LocalDate asOf;
    private final long offset;
    /** Whether the odds are keyed by stage × age (see {@link #MIN_STAGED_DEALS}). */
    private final boolean stageAware;

    private ForecastModel(List<Fact> facts, List<Rep> reps, SalesPeriod period, LocalDate asOf) {
        this.facts = facts;
        this.reps = reps;
        this.repIds = reps.stream().map(Rep::id).toList();
        this.period = period;
        this.asOf = asOf;
        this.offset = ChronoUnit.DAYS.between(period.start(), asOf);
        this.stageAware = facts.stream().filter(f -> f.stages() != null && f.closedBy(asOf)).count()
                >= MIN_STAGED_DEALS;
        facts.forEach(f -> byOwner.computeIfAbsent(f.ownerId(), k -> new ArrayList<>()).add(f));
        byOwner.forEach((rep, list) -> createdDays.put(rep, list.stream().map(Fact::created).filter(Objects::nonNull)
                .mapToInt(d -> (int) d.toEpochDay()).sorted().toArray()));
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

    /** How many of the latest windows the trailing ways learn from: one of each kind of month; two quarters. */
    static int trailing(SalesPeriod period) {
        return Math.max(2, kindStep(period));
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

    private static boolean sameKind(SalesPeriod a, SalesPeriod b) {
        int step = kindStep(a);
        return Math.floorMod(Months.index(a.start()) - Months.index(b.start()), step * a.months()) == 0;
    }

    /** The windows a target period learns from, out of the complete windows before it (newest first). */
    private record References(List<Replay> sameKind, List<Replay> trailing, List<Replay> year) {

        static References of(SalesPeriod target, List<Replay> older) {
            List<Replay> same = older.stream().filter(r -> ForecastModel.sameKind(target, r.period())).limit(MAX_REFERENCES).toList();
            List<Replay> last = older.subList(0, Math.min(older.size(), ForecastModel.trailing(target)));
            List<Replay> year = older.subList(0, Math.min(older.size(), WINDOWS));
            return new References(same.isEmpty() ? last : same, last, year);
        }

        List<Replay> of(PipelineWay way) {
            return switch (way) {
                case SAME_KIND, SCALED -> sameKind;
                case TRAILING -> trailing;
                case YEAR -> year;
            };
        }
    }

    private Outlook run(int draws, long seed) {
        Map<Long, Long> wonToDate = wonToDate();
        long teamWon = wonToDate.values().stream().mapToLong(Long::longValue).sum();
        LocalDate firstClose = facts.stream().map(Fact::closed).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
        List<Replay> windows = firstClose == null ? List.of() : windows(firstClose);
        if (windows.isEmpty()) {
            Map<Long, RepOutlook> out = new LinkedHashMap<>();
            reps.forEach(r -> out.put(r.id(), new RepOutlook(r, Dist.of(wonToDate.get(r.id()), new long[0]),
                    List.of(), null, 0, 0, 0)));
            return new Outlook(period, asOf, false, 0, null, Dist.of(teamWon, new long[0]), out);
        }
        Structure structure = structure(windows);
        References refs = References.of(period, windows);
        Map<PipelineWay, AgeTable> tables = new EnumMap<>(PipelineWay.class);
        for (PipelineWay way : PipelineWay.values()) {
            tables.put(way, table(refs.of(way)));
        }
        Amounts amounts = new Amounts(facts, asOf);
        long days = ChronoUnit.DAYS.between(asOf, period.end());
        List<Simulation.RepInput> inputs = new ArrayList<>();
        Map<Long, List<DealOutlook>> deals = new HashMap<>();
        Map<Long, Double> newRates = new HashMap<>();
        Map<Long, long[]> newAmounts = new HashMap<>();
        for (Rep rep : reps) {
            List<DealOutlook> pipeline = pipeline(rep.id(), structure, tables, refs, amounts);
            double newRate = hasDeals(rep.id()) ? newRate(rep.id(), structure, refs, days) : 0;
            long[] fresh = newAmounts(refs.year(), rep.id(), amounts);
            deals.put(rep.id(), pipeline);
            newRates.put(rep.id(), newRate);
            newAmounts.put(rep.id(), fresh);
            inputs.add(new Simulation.RepInput(rep.id(), pipeline.stream().mapToLong(DealOutlook::amountCents).toArray(),
                    pipeline.stream().mapToDouble(DealOutlook::probability).toArray(), newRate, fresh));
        }
        Simulation.Result result = Simulation.run(inputs, structure.shock(), draws, seed);
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
            long[] fresh = newAmounts.get(rep.id());
            out.put(rep.id(), new RepOutlook(rep, Dist.of(wonToDate.get(rep.id()), result.reps().get(rep.id())), after,
                    null, before.stream().mapToDouble(DealOutlook::probability).sum(),
                    fresh.length == 0 ? 0 : newRates.get(rep.id()), average(fresh)));
        }
        return new Outlook(period, asOf, true, refs.year().size(), structure,
                Dist.of(teamWon, result.team(), result.teamRaw()), out);
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

    /**
     * The complete earlier periods of the grain recorded in full (starting on or after the first recorded close),
     * newest first: enough for every way's references at each of the validated windows.
     */
    private List<Replay> windows(LocalDate firstClose) {
        List<Replay> out = new ArrayList<>();
        int most = 2 * WINDOWS + MAX_REFERENCES * kindStep(period);
        for (SalesPeriod p = period.previous(); !p.start().isBefore(firstClose) && out.size() < most; p = p.previous()) {
            if (!p.end().isAfter(asOf)) {
                out.add(replay(p));
            }
        }
        return out;
    }

    // ---- choosing the structure on the team's own past ----

    /**
     * Tries every way at each of the latest windows that has an earlier one, learning only from the windows before
     * it, and weights each pairing of a pipeline way with a new-deal way by how well it forecast the won deals. The
     * shock's variance is the squared error of the weighted forecast relative to its level, beyond Poisson noise,
     * widened for a variance estimated from few validations (see {@link #smallSample}).
     */
    private Structure structure(List<Replay> windows) {
        List<double[]> pipe = new ArrayList<>();
        List<double[]> fresh = new ArrayList<>();
        List<double[]> actual = new ArrayList<>();
        for (int i = 0; i < Math.min(WINDOWS, windows.size() - 1); i++) {
            Replay target = windows.get(i);
            List<Replay> older = windows.subList(i + 1, windows.size());
            References refs = References.of(target.period(), older);
            double[] p = new double[PipelineWay.values().length];
            for (PipelineWay way : PipelineWay.values()) {
                p[way.ordinal()] = way == PipelineWay.SCALED ? mean(refs.sameKind(), Replay::teamOpenWins)
                        : teamPipeline(target, table(refs.of(way)));
            }
            double[] n = new double[NewWay.values().length];
            for (NewWay way : NewWay.values()) {
                n[way.ordinal()] = teamNew(way, target, refs);
            }
            pipe.add(p);
            fresh.add(n);
            actual.add(new double[] {target.teamOpenWins(), target.teamNewWins()});
        }
        int np = PipelineWay.values().length;
        int nn = NewWay.values().length;
        List<double[]> pairs = new ArrayList<>();
        List<double[]> totals = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            double[] both = new double[np * nn];
            for (int a = 0; a < np; a++) {
                for (int b = 0; b < nn; b++) {
                    both[a * nn + b] = pipe.get(i)[a] + fresh.get(i)[b];
                }
            }
            pairs.add(both);
            totals.add(new double[] {actual.get(i)[0] + actual.get(i)[1]});
        }
        double[] pairWeights = weights(pairs, totals, 0, np * nn);
        double[] pw = new double[np];
        double[] nw = new double[nn];
        for (int a = 0; a < np; a++) {
            for (int b = 0; b < nn; b++) {
                pw[a] += pairWeights[a * nn + b];
                nw[b] += pairWeights[a * nn + b];
            }
        }
        double shock = shock(pairWeights, pairs, totals);
        Map<PipelineWay, Double> pm = new EnumMap<>(PipelineWay.class);
        Arrays.stream(PipelineWay.values()).forEach(w -> pm.put(w, pw[w.ordinal()]));
        Map<NewWay, Double> nm = new EnumMap<>(NewWay.class);
        Arrays.stream(NewWay.values()).forEach(w -> nm.put(w, nw[w.ordinal()]));
        return new Structure(pm, nm, actual.size(), shock);
    }

    /**
     * The variance of the team-wide shock: the squared error of the weighted forecasts beyond their Poisson noise
     * (an error's square less the forecast), relative to the forecasts' squared level, widened for few validations;
     * never below 0.
     */
    static double shock(double[] weights, List<double[]> predicted, List<double[]> actual) {
        double excess = 0;
        double scale = 0;
        for (int i = 0; i < predicted.size(); i++) {
            double f = dot(weights, predicted.get(i));
            double a = actual.get(i)[0];
            excess += (a - f) * (a - f) - f;
            scale += f * f;
        }
        return scale == 0 ? 0 : Math.max(0, excess / scale) * smallSample(predicted.size());
    }

    /**
     * How much wider a range must be when its variance is estimated from {@code n} errors: the square of the ratio of
     * Student's t quantile with n − 1 degrees of freedom to the normal's, at the P90 (Cornish–Fisher expansion).
     * 1.33 for 6 validations, 1.13 for 12; 1 in the limit.
     */
    static double smallSample(int n) {
        if (n < 2) {
            return 1;
        }
        double z = 1.2815515655446004;
        double nu = n - 1;
        double t = z + (z * z * z + z) / (4 * nu) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * nu * nu);
        return (t / z) * (t / z);
    }

    /**
     * Weights by how likely each way makes its validation errors, as Gaussian errors of its own mean square:
     * MSE^(−n/2) for n validations (the weight of evidence grows with the history); equal without any.
     */
    static double[] weights(List<double[]> predicted, List<double[]> actual, int which, int ways) {
        double[] w = new double[ways];
        if (predicted.isEmpty()) {
            Arrays.fill(w, 1.0 / ways);
            return w;
        }
        double[] sse = new double[ways];
        for (int i = 0; i < predicted.size(); i++) {
            for (int k = 0; k < ways; k++) {
                double e = predicted.get(i)[k] - actual.get(i)[which];
                sse[k] += e * e;
            }
        }
        double best = Arrays.stream(sse).min().orElse(0) / predicted.size() + 1e-9;
        double total = 0;
        for (int k = 0; k < ways; k++) {
            w[k] = Math.pow(best / (sse[k] / predicted.size() + 1e-9), predicted.size() / 2.0);
            total += w[k];
        }
        for (int k = 0; k < ways; k++) {
            w[k] /= total;
        }
        return w;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The odds table of the references: keyed by stage × age when stage-aware, else by age. */
    private AgeTable table(List<Replay> references) {
        return stageAware ? AgeTable.staged(references, repIds) : AgeTable.of(references, repIds);
    }

    /**
     * The team's expected wins from the deals open at the window's point, by the ages' odds of the table (deals
     * with a known stage, when stage-aware, by their stage × age's).
     */
    private double teamPipeline(Replay target, AgeTable table) {
        Map<Integer, Integer> unstaged = new TreeMap<>();
        target.ages().forEach((age, a) -> unstaged.put(age, a.open()));
        double sum = 0;
        if (stageAware) {
            for (Map.Entry<Replay.StageAge, Replay.Ages> e : target.staged().entrySet()) {
                String stage = e.getKey().stage();
                int age = e.getKey().age();
                sum += e.getValue().open() * table.closeRate(stage, age) * table.winShare(stage, age);
                unstaged.merge(age, -e.getValue().open(), Integer::sum);
            }
        }
        for (Map.Entry<Integer, Integer> e : unstaged.entrySet()) {
            sum += e.getValue() * table.closeRate(e.getKey()) * table.winShare(e.getKey());
        }
        return sum;
    }

    /** The team's expected new wins in the window, one way. */
    private double teamNew(NewWay way, Replay target, References refs) {
        return switch (way) {
            case SAME_KIND -> mean(refs.sameKind(), Replay::teamNewWins);
            case TRAILING -> mean(refs.trailing(), Replay::teamNewWins);
            case RECENT, TREND -> {
                double conversion = conversion(refs.trailing());
                double sum = 0;
                for (Long rep : repIds) {
                    sum += recentRate(rep, target.snapshot()) * target.days();
                }
                yield sum * conversion * (way == NewWay.TREND ? creationGrowth(target.snapshot(), target.days()) : 1);
            }
        };
    }

    private static double mean(List<Replay> windows, ToIntFunction<Replay> count) {
        return windows.stream().mapToInt(count).average().orElse(0);
    }

    /** The share of deals created inside the windows that were won inside them. */
    private static double conversion(List<Replay> windows) {
        int created = windows.stream().mapToInt(Replay::teamCreated).sum();
        return created == 0 ? 0 : (double) windows.stream().mapToInt(Replay::teamNewWins).sum() / created;
    }

    /**
     * How much the team's deal creation grows from the middle of the latest {@value #RECENT_DAYS} days to the middle of
     * the window ahead: the ratio of the deals created in the latest {@value #RECENT_DAYS} days to those created in
     * the {@value #RECENT_DAYS} before, taken over that distance. One without two such spans of history.
     */
    private double creationGrowth(LocalDate day, long days) {
        return creationGrowth(createdDays.values(), day, days);
    }

    /** {@link #creationGrowth(LocalDate, long)} over each rep's sorted creation days (epoch days). */
    static double creationGrowth(Collection<int[]> createdDays, LocalDate day, long days) {
        int to = (int) day.toEpochDay();
        int first = Integer.MAX_VALUE;
        int recent = 0;
        int before = 0;
        for (int[] created : createdDays) {
            if (created.length == 0) {
                continue;
            }
            first = Math.min(first, created[0]);
            recent += upperBound(created, to) - upperBound(created, to - RECENT_DAYS);
            before += upperBound(created, to - RECENT_DAYS) - upperBound(created, to - 2 * RECENT_DAYS);
        }
        if (first > to - 2 * RECENT_DAYS) {
            return 1;
        }
        return Math.pow((recent + 1.0) / (before + 1.0), (RECENT_DAYS / 2.0 + days / 2.0) / RECENT_DAYS);
    }

    /** Deals the rep created per day in the latest {@value #RECENT_DAYS} days up to the day (or since their first). */
    private double recentRate(long repId, LocalDate day) {
        return recentRate(createdDays.get(repId), day);
    }

    /** Deals created per day in the latest {@value #RECENT_DAYS} days up to the day, from sorted creation days. */
    static double recentRate(int @Nullable [] days, LocalDate day) {
        if (days == null || days.length == 0) {
            return 0;
        }
        int to = (int) day.toEpochDay();
        int span = Math.min(RECENT_DAYS, to - days[0] + 1);
        if (span <= 0) {
            return 0;
        }
        int count = upperBound(days, to) - upperBound(days, to - span);
        return (double) count / span;
    }

    /** How many of the sorted values are at most the value. */
    static int upperBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---- the forecast with the chosen structure ----

    private List<DealOutlook> pipeline(long repId, Structure structure, Map<PipelineWay, AgeTable> tables,
                                       References refs, Amounts amounts) {
        List<Fact> open = byOwner.getOrDefault(repId, List.of()).stream().filter(f -> f.openAt(asOf))
                .sorted(Comparator.comparingInt((Fact f) -> Months.index(f.created()))
                        .thenComparing(f -> Objects.requireNonNullElse(f.product(), ""))
                        .thenComparingLong(f -> Objects.requireNonNullElse(f.amountCents(), -1L))
                        .thenComparingLong(Fact::id))
                .toList();
        AgeTable same = tables.get(PipelineWay.SAME_KIND);
        double sameOdds = 0;
        for (Fact f : open) {
            int age = f.ageInMonths(asOf);
            String stage = stageAware ? f.stageAt(asOf) : null;
            sameOdds += same.closeRate(stage, age) * same.repWinShare(repId, stage, age);
        }
        Double rate = repMean(refs.sameKind(), repId, Replay.Rep::openWins);
        double scaling = rate == null || sameOdds == 0 ? 1 : rate / sameOdds;
        List<DealOutlook> out = new ArrayList<>();
        for (Fact f : open) {
            int age = f.ageInMonths(asOf);
            String stage = stageAware ? f.stageAt(asOf) : null;
            double close = 0;
            double rep = 0;
            double team = 0;
            double odds = 0;
            for (PipelineWay way : PipelineWay.values()) {
                double w = structure.pipeline().get(way);
                AgeTable t = tables.get(way);
                double c = t.closeRate(stage, age);
                double s = t.repWinShare(repId, stage, age);
                close += w * c;
                rep += w * s;
                team += w * t.winShare(stage, age);
                odds += w * Math.min(1, c * s * (way == PipelineWay.SCALED ? scaling : 1));
            }
            Long own = f.amountCents();
            long amount = own != null ? own : amounts.estimate(repId, f.product());
            if (odds > 0 && amount > 0) {
                out.add(new DealOutlook(f.id(), repId, f.product(), age, amount, own == null, close, rep, team,
                        odds));
            }
        }
        return out;
    }

    /** The rep's mean count per window over the windows they were active in; {@code null} if in none. */
    private static @Nullable Double repMean(List<Replay> windows, long repId, ToIntFunction<Replay.Rep> count) {
        int periods = 0;
        int total = 0;
        for (Replay r : windows) {
            Replay.Rep rep = r.reps().get(repId);
            if (rep.active()) {
                periods++;
                total += count.applyAsInt(rep);
            }
        }
        return periods == 0 ? null : (double) total / periods;
    }

    /** The team's mean count per active rep and window, for a rep without a record. */
    private static double pooledMean(List<Replay> windows, ToIntFunction<Replay.Rep> count) {
        int periods = 0;
        int total = 0;
        for (Replay r : windows) {
            for (Replay.Rep rep : r.reps().values()) {
                if (rep.active()) {
                    periods++;
                    total += count.applyAsInt(rep);
                }
            }
        }
        return periods == 0 ? 0 : (double) total / periods;
    }

    /** The rep's expected new wins in the period: each way's, by the structure's weights. */
    private double newRate(long repId, Structure structure, References refs, long days) {
        Double same = repMean(refs.sameKind(), repId, Replay.Rep::newWins);
        Double last = repMean(refs.trailing(), repId, Replay.Rep::newWins);
        double sameRate = same != null ? same : pooledMean(refs.sameKind(), Replay.Rep::newWins);
        double lastRate = last != null ? last : pooledMean(refs.trailing(), Replay.Rep::newWins);
        List<BetaBinomial.Count> counts = new ArrayList<>();
        BetaBinomial.Count own = null;
        for (Long id : repIds) {
            long won = 0;
            long created = 0;
            for (Replay r : refs.trailing()) {
                won += r.reps().get(id).newWins();
                created += r.reps().get(id).created();
            }
            BetaBinomial.Count c = new BetaBinomial.Count(won, created);
            counts.add(c);
            if (id == repId) {
                own = c;
            }
        }
        double conversion = BetaBinomial.shrink(Objects.requireNonNull(own), conversion(refs.trailing()),
                BetaBinomial.strength(counts));
        double recent = recentRate(repId, asOf) * days * conversion;
        double trend = creationGrowth(asOf, days);
        double rate = 0;
        for (NewWay way : NewWay.values()) {
            rate += structure.fresh().get(way) * switch (way) {
                case SAME_KIND -> sameRate;
                case TRAILING -> lastRate;
                case TREND -> recent * trend;
                case RECENT -> recent;
            };
        }
        return rate;
    }

    /** Amounts a new win may have: the rep's new wins in the windows, else all their wins, else the team's. */
    private static long[] newAmounts(List<Replay> windows, long repId, Amounts amounts) {
        List<Long> fresh = new ArrayList<>();
        windows.forEach(r -> fresh.addAll(r.reps().get(repId).newAmounts()));
        if (fresh.isEmpty()) {
            fresh.addAll(amounts.wonBy(repId));
        }
        if (fresh.isEmpty()) {
            fresh.addAll(amounts.wonByTeam());
        }
        return fresh.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The mean, rounded to a whole number; 0 of nothing. */
    static long average(long[] values) {
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

        // ---- stage × age, when the deals' stage history is known ----

        /** Open, closed, won by stage × age (ages past the oldest that ever closed pooled as {@code oldest + 1}). */
        private final Map<Replay.StageAge, int[]> byStageAge = new HashMap<>();
        private double closeStrength = Double.POSITIVE_INFINITY;
        private double winStrength = Double.POSITIVE_INFINITY;

        /**
         * The table also keyed by stage × age: each cell's close rate and win share are the age's, moved towards
         * the cell's own counts with an empirical-Bayes strength learned from how far the cells stray from their
         * ages' rates beyond chance ({@link BetaBinomial#strength(List, double[])}) — no move at all when stages say
         * nothing the age does not.
         */
        static AgeTable staged(List<Replay> references, List<Long> repIds) {
            AgeTable t = new AgeTable(references, repIds);
            for (Replay r : references) {
                r.staged().forEach((k, a) -> {
                    int[] c = t.byStageAge.computeIfAbsent(t.pooled(k), x -> new int[3]);
                    c[0] += a.open();
                    c[1] += a.closed();
                    c[2] += a.won();
                });
            }
            List<BetaBinomial.Count> closes = new ArrayList<>();
            List<BetaBinomial.Count> wins = new ArrayList<>();
            List<Double> closePriors = new ArrayList<>();
            List<Double> winPriors = new ArrayList<>();
            t.byStageAge.forEach((k, c) -> {
                closes.add(new BetaBinomial.Count(c[1], c[0]));
                closePriors.add(t.closeRate(k.age()));
                wins.add(new BetaBinomial.Count(c[2], c[1]));
                winPriors.add(t.winShare(k.age()));
            });
            t.closeStrength = BetaBinomial.strength(closes, closePriors.stream().mapToDouble(Double::doubleValue).toArray());
            t.winStrength = BetaBinomial.strength(wins, winPriors.stream().mapToDouble(Double::doubleValue).toArray());
            return t;
        }

        private Replay.StageAge pooled(Replay.StageAge k) {
            return k.age() <= oldest ? k : new Replay.StageAge(k.stage(), oldest + 1);
        }

        private int[] counts(@Nullable String stage, int age) {
            return stage == null ? NONE : byStageAge.getOrDefault(pooled(new Replay.StageAge(stage, age)), NONE);
        }

        /** The close rate of deals of the stage and age; the age's when the stage is unknown. */
        double closeRate(@Nullable String stage, int age) {
            double prior = closeRate(age);
            int[] c = counts(stage, age);
            return BetaBinomial.shrink(new BetaBinomial.Count(c[1], c[0]), prior, closeStrength);
        }

        /** The win share of closes of deals of the stage and age; the age's when the stage is unknown. */
        double winShare(@Nullable String stage, int age) {
            double prior = winShare(age);
            int[] c = counts(stage, age);
            return BetaBinomial.shrink(new BetaBinomial.Count(c[2], c[1]), prior, winStrength);
        }

        /** The rep's win share at this stage and age, as {@link #repWinShare(long, int)} from the stage's share. */
        double repWinShare(long repId, @Nullable String stage, int age) {
            double team = winShare(stage, age);
            double overall = overallWinShare();
            if (team <= 0 || team >= 1 || overall <= 0 || overall >= 1) {
                return team;
            }
            double rep = BetaBinomial.shrink(reps.get(repId), overall, strength);
            double odds = team / (1 - team) * (rep / (1 - rep)) / (overall / (1 - overall));
            return odds / (1 + odds);
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
