package dev.frontline.coaching;

import dev.frontline.pipeline.DealFact;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.system.Fmt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Coaching focus, free of Spring and of the database: where a rep's numbers lag their team's, crossed with their
 * competency ratings and their aspiration, ranked and explained, each with a plan whose target is reachable.
 *
 * <p><b>One window per measure.</b> Win rates (overall, on a product, in a sector), the average won deal and the
 * median cycle are measured over the last four quarters to today, as the dossier does; pipeline created over the
 * last {@value #PLAN_DAYS} days (a sum: it must be measured over as many days as the plan runs); pipeline coverage
 * over the current quarter. The rep's number, the team's, the team's better half's, the suggestion's baseline and
 * its target all come from that one window, and the words say which.
 *
 * <p><b>A lag</b> counts only where the rep closed enough deals ({@value #MIN_CLOSED}, or {@value #MIN_SLICE} for one
 * product or sector) and trails the whole team (the rep included) by at least a threshold: a win rate 5 points
 * (10 on a product or in a sector), the average won deal 15%, the median cycle 7 days. It is <em>no</em> weakness
 * when the measure is at its ceiling (a win rate of 100%, or the rep is the best of the team's reps who qualify)
 * or when no better target is reachable (the rep is at or above the team's better half). Pipeline coverage of the
 * current quarter is a lag when it is under {@link #HEALTHY_COVERAGE}× the quota still to win <em>and</em> at least
 * 25% below the team's: 3× or more is healthy, however far the team's is above. Each lag weighs its gap ÷ its
 * threshold (at most 3) and points at the competency that moves it: the win rate to closing, products to product
 * knowledge, sectors to account planning, deal size to negotiation, cycle to pipeline discipline, coverage to
 * prospecting.
 *
 * <p><b>The team's better half</b>: the mean of the better half (⌊n/2⌋, best first) of the values of the team's reps
 * who qualify on the measure (enough deals, the rep included); told only when at least {@value #MIN_QUALIFIED} reps
 * qualify, so that it never is one teammate's figure.
 *
 * <p><b>Targets</b> are better than the baseline and no better than the team's better half: half-way from the
 * baseline to the better half, but at most one {@value #PLAN_DAYS}-day step (10 points of win rate, 25% of average
 * deal or pipeline created, 20% of cycle) from it. Without a better half that is better than the baseline by at least
 * a point of win rate, a day of cycle or 2% of a deal size or of pipeline created, there is no target and the
 * suggestion comes without a plan.
 *
 * <p><b>Ratings</b> add weight where the competency is rated low (the manager's latest rating, else the rep's own):
 * +1 for 1 or 2, +0.3 for 3, −0.3 for 4 or 5 (the skill is there; the cause may lie elsewhere). A competency rated 1
 * or 2 with no lag behind it is still a focus (weight 0.5 + 1). <b>Aspirations</b> add 0.5 where the competency
 * matters for the role the rep wants (see {@link #aspired}); such a competency rated 3 or less is a focus of its own
 * (weight 1 + its rating's weight) when nothing else covers it. At most {@value #MAX_ITEMS} suggestions, heaviest
 * first.
 */
final class FocusMath {

    static final int MIN_CLOSED = 10;
    static final int MIN_SLICE = 8;
    static final int MIN_QUALIFIED = 4;
    static final int MAX_ITEMS = 6;
    static final int PLAN_DAYS = 90;
    static final BigDecimal HEALTHY_COVERAGE = BigDecimal.valueOf(3);
    static final String RECORD_WORDS = "last 4 quarters";
    static final String RECENT_WORDS = "last " + PLAN_DAYS + " days";

    private FocusMath() {
    }

    /**
     * One number of the rep over one window, beside the whole team's (the rep included), the best of the team's reps
     * who qualify and the mean of their better half.
     *
     * @param deals the rep's deals behind the number (closed ones; created ones for pipeline created)
     */
    record Measure(PlanMetric metric, @Nullable String segment, Window window, String windowWords,
                   @Nullable BigDecimal rep, int deals, @Nullable BigDecimal team, @Nullable BigDecimal best,
                   @Nullable BigDecimal betterHalf) {

        String key() {
            return planKey(metric, segment);
        }

        /** "Win rate on GTX Pro", "Average won deal". */
        String name() {
            String base = metric == PlanMetric.CONVERSION ? "Win rate" : metric.label();
            return base + (segment == null ? "" : " " + Segment.parse(segment).words());
        }
    }

    /** The current quarter's pipeline coverage of the rep and the team (results' definitions). */
    record Coverage(SalesPeriod period, @Nullable BigDecimal rep, @Nullable BigDecimal gap,
                    @Nullable BigDecimal team) {
    }

    /** Where the rep trails the team, and the measure a plan would move. */
    record Lag(String key, String area, String competency, double weight, String evidence, Measure measure) {
    }

    /** A competency's current level and who gave it. */
    record Level(int level, boolean byManager) {
    }

    /** The inputs besides the lags: ratings, names and order of competencies, the aspiration. */
    record People(Map<String, Level> levels, Map<String, String> names, @Nullable String targetRole) {
    }

    /** The key a measure and a plan share: {@code AVG_DEAL}, {@code CONVERSION|product:GTX Pro}. */
    static String planKey(PlanMetric metric, @Nullable String segment) {
        return segment == null ? metric.name() : metric.name() + "|" + segment.toLowerCase(Locale.ROOT);
    }

    // ---- measuring ----

    /**
     * Measures the metric over the window for the rep, the whole team and each of the team's reps.
     *
     * @param teamRepIds the team's reps, the rep included
     * @param teamFacts  their deals
     * @param min        the deals a rep needs to qualify (closed deals; created deals for pipeline created)
     */
    static Measure measure(PlanMetric metric, @Nullable String segment, long repId, Collection<Long> teamRepIds,
                           List<DealFact> teamFacts, Window window, String windowWords, int min) {
        Segment s = segment == null ? null : Segment.parse(segment);
        List<BigDecimal> qualified = new ArrayList<>();
        BigDecimal rep = null;
        int deals = 0;
        for (long id : teamRepIds) {
            List<DealFact> own = teamFacts.stream().filter(d -> d.ownerId() == id).toList();
            BigDecimal value = PlanMath.measure(metric, s, own, window).value();
            int count = count(metric, s, own, window);
            if (id == repId) {
                rep = value;
                deals = count;
            }
            if (value != null && count >= min) {
                qualified.add(value);
            }
        }
        BigDecimal team = PlanMath.measure(metric, s, teamFacts, window).value();
        qualified.sort(metric.higherIsBetter() ? Comparator.reverseOrder() : Comparator.naturalOrder());
        BigDecimal best = qualified.isEmpty() ? null : qualified.get(0);
        return new Measure(metric, segment, window, windowWords, rep, deals, team, best, betterHalf(metric, qualified));
    }

    /** The mean of the better half of the values (best first); null with fewer than {@value #MIN_QUALIFIED}. */
    static @Nullable BigDecimal betterHalf(PlanMetric metric, List<BigDecimal> bestFirst) {
        if (bestFirst.size() < MIN_QUALIFIED) {
            return null;
        }
        List<BigDecimal> half = bestFirst.subList(0, bestFirst.size() / 2);
        BigDecimal sum = half.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(half.size()), scale(metric), RoundingMode.HALF_UP);
    }

    private static int count(PlanMetric metric, @Nullable Segment segment, List<DealFact> own, Window window) {
        if (metric == PlanMetric.PIPELINE_CREATED) {
            return PlanMath.measure(metric, segment, own, window).deals();
        }
        return (int) own.stream().filter(d -> (segment == null || segment.matches(d))
                && d.closedWithin(window.from(), window.to())).count();
    }

    // ---- lags ----

    /** The lags among the measures (overall and per product or sector), and the coverage lag if there is one. */
    static List<Lag> lags(List<Measure> measures, @Nullable Coverage coverage, @Nullable Measure pipelineCreated) {
        List<Lag> out = new ArrayList<>();
        for (Measure m : measures) {
            Lag lag = lag(m);
            if (lag != null) {
                out.add(lag);
            }
        }
        if (coverage != null && pipelineCreated != null) {
            Lag lag = coverage(coverage, pipelineCreated);
            if (lag != null) {
                out.add(lag);
            }
        }
        return out;
    }

    /** The lag a measure shows, or null when it shows none (see the class comment). */
    static @Nullable Lag lag(Measure m) {
        BigDecimal rep = m.rep();
        BigDecimal team = m.team();
        int min = m.segment() == null ? MIN_CLOSED : MIN_SLICE;
        if (rep == null || team == null || m.deals() < min || atCeiling(m)
                || target(m.metric(), rep, m.betterHalf()) == null) {
            return null;
        }
        return switch (m.metric()) {
            case CONVERSION -> {
                BigDecimal points = team.subtract(rep);
                int threshold = m.segment() == null ? 5 : 10;
                if (points.compareTo(BigDecimal.valueOf(threshold)) < 0) {
                    yield null;
                }
                Segment s = m.segment() == null ? null : Segment.parse(m.segment());
                String competency = s == null ? "closing" : s.kind() == Segment.Kind.PRODUCT ? "product_knowledge"
                        : "account_planning";
                String key = s == null ? "winRate" : "winRate:" + s.kind().name().toLowerCase(Locale.ROOT) + ":"
                        + s.value();
                yield new Lag(key, m.name(), competency, weight(points, threshold),
                        describe(m) + ", " + value(m.metric(), points).replace("%", "") + " points below the team's "
                                + value(m.metric(), team), m);
            }
            case AVG_DEAL -> {
                if (team.signum() <= 0) {
                    yield null;
                }
                BigDecimal pct = team.subtract(rep).multiply(BigDecimal.valueOf(100)).divide(team, 1, RoundingMode.HALF_UP);
                yield pct.compareTo(BigDecimal.valueOf(15)) < 0 ? null : new Lag("avgWonDeal", m.name(), "negotiation",
                        weight(pct, 15), describe(m) + ", " + whole(pct) + "% below the team's "
                        + value(m.metric(), team), m);
            }
            case MEDIAN_CYCLE -> {
                BigDecimal days = rep.subtract(team);
                yield days.compareTo(BigDecimal.valueOf(7)) < 0 ? null : new Lag("cycle", m.name(),
                        "pipeline_discipline", weight(days, 7), describe(m) + ", "
                        + Fmt.days(days) + " days longer than the team's "
                        + value(m.metric(), team), m);
            }
            case PIPELINE_CREATED -> null;
        };
    }

    /** A win rate of 100%, or the best value of the team's reps who qualify: nothing to raise. */
    static boolean atCeiling(Measure m) {
        if (m.rep() == null) {
            return false;
        }
        if (m.metric() == PlanMetric.CONVERSION && m.rep().compareTo(BigDecimal.valueOf(100)) >= 0) {
            return true;
        }
        return m.best() != null && !PlanMath.better(m.metric(), m.best(), m.rep());
    }

    /**
     * Thin coverage: under {@link #HEALTHY_COVERAGE}× of the quota still to win and at least 25% below the team's.
     * The plan it suggests moves pipeline created, measured over the last {@value #PLAN_DAYS} days.
     */
    static @Nullable Lag coverage(Coverage c, Measure pipelineCreated) {
        if (c.gap() == null || c.gap().signum() <= 0 || c.team() == null || c.team().signum() <= 0) {
            return null;
        }
        BigDecimal mine = c.rep() == null ? BigDecimal.ZERO : c.rep();
        if (mine.compareTo(HEALTHY_COVERAGE) >= 0) {
            return null;
        }
        BigDecimal shortfall = c.team().subtract(mine).multiply(BigDecimal.valueOf(100))
                .divide(c.team(), 1, RoundingMode.HALF_UP);
        if (shortfall.compareTo(BigDecimal.valueOf(25)) < 0) {
            return null;
        }
        return new Lag("coverage", "Pipeline coverage", "prospecting", weight(shortfall, 25),
                "Pipeline coverage, this quarter (" + c.period() + "): the open pipeline due in it covers "
                        + times(mine) + " of the " + Fmt.money(c.gap()) + " still to win against quota, under "
                        + times(HEALTHY_COVERAGE) + " and below the team's " + times(c.team()), pipelineCreated);
    }

    // ---- ranking ----

    /**
     * The ranked suggestions: lags weighed with ratings and aspiration, then low ratings and aspiration gaps.
     *
     * @param overall     the rep's overall measures by metric, for suggestions that no lag names
     * @param activePlans the rep's active plans by {@link #planKey}: a suggestion on one of them points at it
     */
    static List<FocusItem> rank(List<Lag> lags, People people, Map<PlanMetric, Measure> overall,
                                Map<String, Long> activePlans, LocalDate today) {
        Set<String> wanted = aspired(people.targetRole());
        List<FocusItem> items = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Lag lag : lags) {
            covered.add(lag.competency());
            Level level = people.levels().get(lag.competency());
            double score = Math.min(3, lag.weight()) + ratingWeight(level) + (wanted.contains(lag.competency()) ? 0.5 : 0);
            String evidence = lag.evidence() + "." + ratingWords(level, lag.competency(), people)
                    + aspirationWords(lag.competency(), wanted, people);
            items.add(item(lag.area(), evidence, lag.competency(), score, lag.measure(), people, activePlans, today));
        }
        for (Map.Entry<String, Level> e : people.levels().entrySet()) {
            String key = e.getKey();
            if (covered.contains(key) || e.getValue().level() > 2 || !people.names().containsKey(key)) {
                continue;
            }
            covered.add(key);
            double score = 0.5 + ratingWeight(e.getValue()) + (wanted.contains(key) ? 0.5 : 0);
            String evidence = "No lag in the numbers points here, but" + ratingWords(e.getValue(), key, people)
                    .replaceFirst("^ R", " r") + aspirationWords(key, wanted, people);
            items.add(item(people.names().get(key), evidence, key, score, overall.get(metricFor(key)), people,
                    activePlans, today));
        }
        for (String key : wanted) {
            Level level = people.levels().get(key);
            if (covered.contains(key) || (level != null && level.level() > 3) || !people.names().containsKey(key)) {
                continue;
            }
            double score = 1.0 + ratingWeight(level);
            String evidence = "Wants to become " + people.targetRole() + ": " + people.names().get(key).toLowerCase(Locale.ROOT)
                    + " matters there." + (level == null ? " Not rated yet." : ratingWords(level, key, people));
            items.add(item("Towards " + people.targetRole(), evidence, key, score, overall.get(metricFor(key)), people,
                    activePlans, today));
        }
        items.sort(Comparator.comparingDouble(FocusItem::score).reversed().thenComparing(FocusItem::area));
        return List.copyOf(items.subList(0, Math.min(MAX_ITEMS, items.size())));
    }

    private static FocusItem item(String area, String evidence, String competency, double score,
                                  @Nullable Measure m, People people, Map<String, Long> activePlans, LocalDate today) {
        String name = people.names().get(competency);
        String coach = "Coach " + (name == null ? area.toLowerCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT));
        double rounded = BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
        String key = name == null ? null : competency;
        if (m == null) {
            return new FocusItem(area, evidence, key, name, coach + " in 1:1s and deal reviews.", rounded, null, null,
                    null);
        }
        FocusItem.Number number = new FocusItem.Number(m.name(), m.windowWords(), m.window().from(), m.window().to(),
                m.rep(), m.deals(), m.team(), m.betterHalf());
        Long inPlan = activePlans.get(m.key());
        if (inPlan != null) {
            return new FocusItem(area, evidence, key, name, coach + ": already in an active plan on the "
                    + lower(m.name()) + "; see the plan for how it is going.", rounded, null, number, inPlan);
        }
        BigDecimal target = target(m.metric(), m.rep(), m.betterHalf());
        String what = lower(m.name()) + " (" + m.windowWords() + ")";
        if (m.rep() == null || target == null) {
            String why = m.rep() == null ? ": no deals in the " + m.windowWords() + " to measure the " + lower(m.name())
                    + " on, so no target yet" : ": the " + what + ", " + value(m.metric(), m.rep())
                    + ", is already where the team's better reps are, so the numbers give no target";
            return new FocusItem(area, evidence, key, name, coach + why + "; work on the skill in 1:1s and deal "
                    + "reviews.", rounded, null, number, null);
        }
        LocalDate review = today.plusDays(PLAN_DAYS);
        PlanDraft draft = new PlanDraft(key, m.metric(), m.segment(), m.rep(), target, m.window().from(),
                m.window().to(), today, review);
        String suggestion = coach + ": a " + PLAN_DAYS + "-day plan to " + (m.metric().higherIsBetter() ? "raise" : "shorten")
                + " the " + what + " from " + value(m.metric(), m.rep()) + " to " + value(m.metric(), target)
                + ", reviewed on " + Fmt.date(review) + ".";
        return new FocusItem(area, evidence, key, name, suggestion, rounded, draft, number, null);
    }

    // ---- targets ----

    /**
     * The target a suggestion proposes: half-way from the baseline to the team's better half, at most one step
     * (10 points of win rate, 25% of average deal or pipeline created, 20% of cycle) from the baseline; always
     * better than the baseline and no better than the better half. Null when there is no such number.
     */
    static @Nullable BigDecimal target(PlanMetric metric, @Nullable BigDecimal baseline, @Nullable BigDecimal bound) {
        if (baseline == null || bound == null || !PlanMath.better(metric, bound, baseline)
                || bound.subtract(baseline).abs().compareTo(smallest(metric, baseline)) < 0) {
            return null;
        }
        BigDecimal half = baseline.add(bound.subtract(baseline).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP));
        BigDecimal step = switch (metric) {
            case CONVERSION -> baseline.add(BigDecimal.TEN);
            case AVG_DEAL, PIPELINE_CREATED -> baseline.signum() == 0 ? null : baseline.multiply(new BigDecimal("1.25"));
            case MEDIAN_CYCLE -> baseline.multiply(new BigDecimal("0.8"));
        };
        BigDecimal t = step != null && PlanMath.better(metric, half, step) ? step : half;
        t = t.setScale(scale(metric), RoundingMode.HALF_UP);
        // Better than the baseline as the page shows it, not only as stored: never "from 40 days to 40 days".
        BigDecimal shown = baseline.setScale(scale(metric), RoundingMode.HALF_UP);
        if (!PlanMath.better(metric, t, shown)) {
            BigDecimal unit = BigDecimal.ONE.movePointLeft(scale(metric));
            t = shown.add(metric.higherIsBetter() ? unit : unit.negate());
        }
        if (!PlanMath.better(metric, t, shown) || !PlanMath.better(metric, t, baseline) || PlanMath.better(metric, t, bound)) {
            return null;
        }
        return t;
    }

    /**
     * The smallest distance to the better half worth a plan: a point of win rate, a day of cycle, 2% of a deal size
     * or of pipeline created. Nearer than that the rep is where the better reps are.
     */
    static BigDecimal smallest(PlanMetric metric, BigDecimal baseline) {
        return switch (metric) {
            case CONVERSION, MEDIAN_CYCLE -> BigDecimal.ONE;
            case AVG_DEAL, PIPELINE_CREATED -> baseline.abs().multiply(new BigDecimal("0.02")).max(BigDecimal.ONE);
        };
    }

    /** Decimals a metric is told in: one for a win rate, whole days for a cycle, whole dollars for money. */
    static int scale(PlanMetric metric) {
        return metric == PlanMetric.CONVERSION ? 1 : 0;
    }

    /** The metric a plan on a competency moves when no lag names one. */
    static PlanMetric metricFor(String competency) {
        return switch (competency) {
            case "negotiation", "account_planning" -> PlanMetric.AVG_DEAL;
            case "pipeline_discipline" -> PlanMetric.MEDIAN_CYCLE;
            case "prospecting" -> PlanMetric.PIPELINE_CREATED;
            default -> PlanMetric.CONVERSION;
        };
    }

    /**
     * The competencies that matter for a role the rep aspires to, by words in its name: an enterprise or key account
     * role needs negotiation and account planning; a lead or manager role collaboration and pipeline discipline; a
     * senior role negotiation and closing; a sales engineer product knowledge and presenting; a fully ramped or junior
     * account executive prospecting and qualification.
     */
    static Set<String> aspired(@Nullable String targetRole) {
        Set<String> out = new LinkedHashSet<>();
        if (targetRole == null) {
            return out;
        }
        String role = targetRole.toLowerCase(Locale.ROOT);
        Map<String, List<String>> rules = new LinkedHashMap<>();
        rules.put("enterprise|key account|strategic|global account", List.of("negotiation", "account_planning"));
        rules.put("manager|lead|head of|director", List.of("collaboration", "pipeline_discipline"));
        rules.put("senior", List.of("negotiation", "closing"));
        rules.put("engineer|solution|technical|consultant", List.of("product_knowledge", "presenting"));
        rules.put("ramped|junior|trainee", List.of("prospecting", "qualification"));
        rules.forEach((pattern, keys) -> {
            if (Pattern.compile(pattern).matcher(role).find()) {
                out.addAll(keys);
            }
        });
        return out;
    }

    // ---- words ----

    /** "Average won deal, last 4 quarters: $1,001 over 120 closed deals (the team's better half: $2,650)". */
    static String describe(Measure m) {
        String deals = m.metric() == PlanMetric.PIPELINE_CREATED ? m.deals() + " opportunities created"
                : m.deals() + " closed deals";
        return m.name() + ", " + m.windowWords() + ": " + (m.rep() == null ? "—" : value(m.metric(), m.rep()))
                + " over " + deals + (m.betterHalf() == null ? ""
                : " (the team's better half: " + value(m.metric(), m.betterHalf()) + ")");
    }

    private static double ratingWeight(@Nullable Level level) {
        if (level == null) {
            return 0;
        }
        return level.level() <= 2 ? 1.0 : level.level() == 3 ? 0.3 : -0.3;
    }

    private static String ratingWords(@Nullable Level level, String key, People people) {
        String name = people.names().getOrDefault(key, key);
        if (level == null) {
            return " " + name + " is not rated yet.";
        }
        return " Rated " + level.level() + " of 5 in " + name.toLowerCase(Locale.ROOT)
                + (level.byManager() ? " by the manager" : " by the rep (the manager has not rated it)")
                + (level.level() >= 4 ? ": the skill is there, so look at the deals themselves." : ".");
    }

    private static String aspirationWords(String key, Set<String> wanted, People people) {
        return wanted.contains(key) ? " Wants to become " + people.targetRole() + " → "
                + people.names().getOrDefault(key, key).toLowerCase(Locale.ROOT) + " matters there." : "";
    }

    static String value(PlanMetric metric, BigDecimal v) {
        BigDecimal shown = v.setScale(scale(metric), RoundingMode.HALF_UP);
        return switch (metric) {
            case CONVERSION -> shown.stripTrailingZeros().toPlainString() + "%";
            case MEDIAN_CYCLE -> Fmt.days(shown) + " days";
            case AVG_DEAL, PIPELINE_CREATED -> Fmt.money(shown);
        };
    }

    private static String lower(String name) {
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static double weight(BigDecimal diff, int threshold) {
        return diff.abs().doubleValue() / threshold;
    }

    private static String whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String times(BigDecimal coverage) {
        return coverage.setScale(1, RoundingMode.HALF_UP).toPlainString() + "×";
    }
}
