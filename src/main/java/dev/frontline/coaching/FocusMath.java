package dev.frontline.coaching;

import dev.frontline.results.Breakdown;
import dev.frontline.results.Figures;
import dev.frontline.results.FunnelStep;
import dev.frontline.results.RepRecord;
import dev.frontline.system.Fmt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Coaching focus, free of Spring and of the database: where a rep's numbers lag their team's most, crossed with
 * their competency ratings and their aspiration, ranked and explained.
 *
 * <p><b>Lags</b> compare the rep with the whole team over the record's span (the last four quarters), only where
 * the rep closed enough deals ({@value #MIN_CLOSED}, or {@value #MIN_SLICE} for one product or sector), and count
 * only when the rep trails by at least a threshold: a funnel conversion 5 points, a product's or sector's win rate
 * 10 points, the average won deal 15%, the median cycle 7 days; and pipeline coverage of the current quarter (open
 * pipeline due in it ÷ quota still to win) 25% below the team's. Each lag weighs its gap ÷ its threshold (at most
 * 3) and points at the competency that moves it: the last conversion to closing, earlier ones to qualification,
 * products to product knowledge, sectors to account planning, deal size to negotiation, cycle to pipeline
 * discipline, coverage to prospecting.
 *
 * <p><b>Ratings</b> add weight where the competency is rated low (the manager's latest rating, else the rep's own):
 * +1 for 1 or 2, +0.3 for 3, −0.3 for 4 or 5 (the skill is there; the cause may lie elsewhere). A competency rated 1
 * or 2 with no lag behind it is still a focus (weight 0.5 + 1).
 *
 * <p><b>Aspirations</b> add 0.5 where the competency matters for the role the rep wants (an enterprise or key
 * account role: negotiation and account planning; a lead or manager role: collaboration and pipeline discipline;
 * a senior role: negotiation and closing; a sales engineer: product knowledge and presenting; a fully ramped or junior
 * account executive: prospecting and qualification). Such a competency rated 3 or less is a focus of its own
 * (weight 0.5 + rating + 0.5) when nothing else covers it.
 *
 * <p>At most {@value #MAX_ITEMS} suggestions, heaviest first.
 */
final class FocusMath {

    static final int MIN_CLOSED = 10;
    static final int MIN_SLICE = 8;
    static final int MAX_ITEMS = 6;
    static final int PLAN_DAYS = 90;

    private FocusMath() {
    }

    /** Where the rep trails the team. {@code teamValue} is the team's figure, a target to aim for. */
    record Lag(String key, String area, String competency, double weight, String evidence, PlanMetric metric,
               @Nullable String segment, @Nullable BigDecimal teamValue) {
    }

    /** A competency's current level and who gave it. */
    record Level(int level, boolean byManager) {
    }

    /** The inputs besides the lags: ratings, names and order of competencies, the aspiration. */
    record People(Map<String, Level> levels, Map<String, String> names, @Nullable String targetRole) {
    }

    /** Proposes the baseline of a plan on a metric and segment (measured on the rep's deals). */
    interface Baselines {
        @Nullable BigDecimal of(PlanMetric metric, @Nullable String segment);
    }

    static List<Lag> lags(RepRecord record) {
        List<Lag> out = new ArrayList<>();
        Figures rep = record.figures();
        Figures team = record.teamFigures();
        if (team == null || rep.won() + rep.lost() < MIN_CLOSED) {
            coverage(out, record);
            return out;
        }
        String span = " over " + (rep.won() + rep.lost()) + " closed deals";
        conversions(out, record.funnel(), record.teamFunnel(), team.winRate());
        slices(out, "product", "on ", record.byProduct(), record.teamByProduct(), "product_knowledge");
        slices(out, "sector", "in ", record.bySector(), record.teamBySector(), "account_planning");
        if (rep.avgWonDeal() != null && team.avgWonDeal() != null && team.avgWonDeal().signum() > 0) {
            BigDecimal pct = rep.avgWonDeal().subtract(team.avgWonDeal()).multiply(BigDecimal.valueOf(100))
                    .divide(team.avgWonDeal(), 1, RoundingMode.HALF_UP);
            if (pct.compareTo(BigDecimal.valueOf(-15)) <= 0) {
                out.add(new Lag("avgWonDeal", "Average won deal", "negotiation", weight(pct, 15),
                        "Average won deal " + whole(pct.abs()) + "% below the team's (" + Fmt.money(rep.avgWonDeal())
                                + " vs " + Fmt.money(team.avgWonDeal()) + span + ")",
                        PlanMetric.AVG_DEAL, null, team.avgWonDeal()));
            }
        }
        if (rep.medianCycleDays() != null && team.medianCycleDays() != null) {
            BigDecimal days = rep.medianCycleDays().subtract(team.medianCycleDays());
            if (days.compareTo(BigDecimal.valueOf(7)) >= 0) {
                out.add(new Lag("cycle", "Median sales cycle", "pipeline_discipline", weight(days, 7),
                        "Median cycle " + whole(days) + " days longer than the team's (" + whole(rep.medianCycleDays())
                                + " vs " + whole(team.medianCycleDays()) + " days)",
                        PlanMetric.MEDIAN_CYCLE, null, team.medianCycleDays()));
            }
        }
        coverage(out, record);
        return out;
    }

    private static void conversions(List<Lag> out, List<FunnelStep> mine, List<FunnelStep> team,
                                    @Nullable BigDecimal teamWinRate) {
        int lastConverting = -1;
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).conversion() != null) {
                lastConverting = i;
            }
        }
        for (int i = 0; i + 1 < mine.size() && i < team.size(); i++) {
            FunnelStep step = mine.get(i);
            BigDecimal theirs = team.get(i).conversion();
            if (step.conversion() == null || theirs == null || step.reached() < MIN_CLOSED) {
                continue;
            }
            BigDecimal diff = step.conversion().subtract(theirs);
            if (diff.compareTo(BigDecimal.valueOf(-5)) > 0) {
                continue;
            }
            String name = step.stage() + " → " + mine.get(i + 1).stage() + " conversion";
            boolean closing = i == lastConverting;
            out.add(new Lag("conversion:" + step.stage(), name, closing ? "closing" : "qualification",
                    weight(diff, 5), name + " " + whole(diff.abs()) + " points below the team's (" + whole(step.conversion())
                    + "% vs " + whole(theirs) + "% over " + step.reached() + " deals)",
                    PlanMetric.CONVERSION, null, teamWinRate));
        }
    }

    private static void slices(List<Lag> out, String kind, String preposition, List<Breakdown> mine,
                               List<Breakdown> team, String competency) {
        for (Breakdown b : mine) {
            if (b.won() + b.lost() < MIN_SLICE || b.key().equals("(none)") || b.winRate() == null) {
                continue;
            }
            team.stream().filter(t -> t.key().equals(b.key()) && t.winRate() != null).findFirst().ifPresent(t -> {
                BigDecimal diff = b.winRate().subtract(t.winRate());
                if (diff.compareTo(BigDecimal.valueOf(-10)) <= 0) {
                    out.add(new Lag("winRate:" + kind + ":" + b.key(), "Win rate " + preposition + b.key(), competency,
                            weight(diff, 10), "Win rate " + preposition + b.key() + " " + whole(diff.abs())
                            + " points below the team's (" + whole(b.winRate()) + "% vs " + whole(t.winRate())
                            + "% over " + (b.won() + b.lost()) + " closed deals)",
                            PlanMetric.CONVERSION, kind + ":" + b.key(), t.winRate()));
                }
            });
        }
    }

    private static void coverage(List<Lag> out, RepRecord record) {
        if (record.periods().isEmpty()) {
            return;
        }
        RepRecord.Period now = record.periods().get(record.periods().size() - 1);
        Figures rep = now.figures();
        Figures team = now.team();
        if (team == null || rep.gap() == null || rep.gap().signum() <= 0 || team.coverage() == null
                || team.coverage().signum() <= 0) {
            return;
        }
        BigDecimal mine = rep.coverage() == null ? BigDecimal.ZERO : rep.coverage();
        BigDecimal shortfall = team.coverage().subtract(mine).multiply(BigDecimal.valueOf(100))
                .divide(team.coverage(), 1, RoundingMode.HALF_UP);
        if (shortfall.compareTo(BigDecimal.valueOf(25)) < 0) {
            return;
        }
        out.add(new Lag("coverage", "Pipeline coverage", "prospecting", weight(shortfall, 25),
                "Open pipeline due this quarter (" + now.period() + ") covers " + times(mine) + " of the "
                        + Fmt.money(rep.gap()) + " still to win against quota; the team's covers " + times(team.coverage()),
                PlanMetric.PIPELINE_CREATED, null, null));
    }

    /** The ranked suggestions: lags weighed with ratings and aspiration, then low ratings and aspiration gaps. */
    static List<FocusItem> rank(List<Lag> lags, People people, Baselines baselines, LocalDate today) {
        Set<String> wanted = aspired(people.targetRole());
        List<FocusItem> items = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Lag lag : lags) {
            covered.add(lag.competency());
            Level level = people.levels().get(lag.competency());
            double score = Math.min(3, lag.weight()) + ratingWeight(level) + (wanted.contains(lag.competency()) ? 0.5 : 0);
            String evidence = lag.evidence() + "." + ratingWords(level, lag.competency(), people)
                    + aspirationWords(lag.competency(), wanted, people);
            items.add(item(lag.area(), evidence, lag.competency(), score, lag.metric(), lag.segment(), lag.teamValue(),
                    people, baselines, today));
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
            items.add(item(people.names().get(key), evidence, key, score, metricFor(key), null, null, people,
                    baselines, today));
        }
        for (String key : wanted) {
            Level level = people.levels().get(key);
            if (covered.contains(key) || (level != null && level.level() > 3) || !people.names().containsKey(key)) {
                continue;
            }
            double score = 1.0 + ratingWeight(level);
            String evidence = "Wants to become " + people.targetRole() + ": " + people.names().get(key).toLowerCase(Locale.ROOT)
                    + " matters there." + (level == null ? " Not rated yet." : ratingWords(level, key, people));
            items.add(item("Towards " + people.targetRole(), evidence, key, score, metricFor(key), null, null, people,
                    baselines, today));
        }
        items.sort(Comparator.comparingDouble(FocusItem::score).reversed().thenComparing(FocusItem::area));
        return List.copyOf(items.subList(0, Math.min(MAX_ITEMS, items.size())));
    }

    private static FocusItem item(String area, String evidence, String competency, double score, PlanMetric metric,
                                  @Nullable String segment, @Nullable BigDecimal teamValue, People people,
                                  Baselines baselines, LocalDate today) {
        BigDecimal baseline = baselines.of(metric, segment);
        BigDecimal target = target(metric, baseline, teamValue);
        LocalDate review = today.plusDays(PLAN_DAYS);
        String name = people.names().get(competency);
        PlanDraft draft = new PlanDraft(name == null ? null : competency, metric, segment, baseline, target, today, review);
        String towards = metric.label().toLowerCase(Locale.ROOT).replace("engaging → won", "Engaging → Won")
                + (segment == null ? "" : " " + Segment.parse(segment).words());
        String suggestion = "Coach " + (name == null ? area.toLowerCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT))
                + ": a " + PLAN_DAYS + "-day plan to " + (metric.higherIsBetter() ? "raise" : "shorten") + " the "
                + towards + (baseline == null ? "" : " from " + value(metric, baseline) + " over the last " + PLAN_DAYS + " days")
                + " to " + value(metric, target)
                + ", reviewed on " + Fmt.date(review) + ".";
        return new FocusItem(area, evidence, name == null ? null : competency, name, suggestion,
                BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue(), draft);
    }

    /**
     * The target a suggestion proposes: the team's figure when it is better than the baseline, else a 10% step
     * from the baseline in the right direction (20% for pipeline created, which the team figure does not give).
     */
    static BigDecimal target(PlanMetric metric, @Nullable BigDecimal baseline, @Nullable BigDecimal teamValue) {
        if (teamValue != null && (baseline == null || PlanMath.better(metric, teamValue, baseline))) {
            return teamValue.setScale(metric == PlanMetric.CONVERSION || metric == PlanMetric.MEDIAN_CYCLE ? 1 : 0,
                    RoundingMode.HALF_UP);
        }
        if (baseline == null || baseline.signum() == 0) {
            return switch (metric) {
                case CONVERSION -> BigDecimal.valueOf(50);
                case MEDIAN_CYCLE -> BigDecimal.valueOf(45);
                case AVG_DEAL -> BigDecimal.valueOf(2000);
                case PIPELINE_CREATED -> BigDecimal.valueOf(100000);
            };
        }
        double step = metric == PlanMetric.PIPELINE_CREATED ? 1.2 : metric.higherIsBetter() ? 1.1 : 0.9;
        BigDecimal t = baseline.multiply(BigDecimal.valueOf(step));
        if (metric == PlanMetric.CONVERSION) {
            t = t.min(BigDecimal.valueOf(100));
        }
        return t.setScale(metric == PlanMetric.CONVERSION || metric == PlanMetric.MEDIAN_CYCLE ? 1 : 0,
                RoundingMode.HALF_UP);
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

    /** The competencies that matter for a role the rep aspires to, by words in its name. */
    static Set<String> aspired(@Nullable String targetRole) {
        Set<String> out = new java.util.LinkedHashSet<>();
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
            if (java.util.regex.Pattern.compile(pattern).matcher(role).find()) {
                out.addAll(keys);
            }
        });
        return out;
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
        return switch (metric) {
            case CONVERSION -> v.stripTrailingZeros().toPlainString() + "%";
            case MEDIAN_CYCLE -> v.stripTrailingZeros().toPlainString() + " days";
            case AVG_DEAL, PIPELINE_CREATED -> Fmt.money(v);
        };
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
