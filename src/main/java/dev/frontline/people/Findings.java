package dev.frontline.people;

import dev.frontline.people.Finding.Kind;
import dev.frontline.people.Finding.Source;
import dev.frontline.results.Breakdown;
import dev.frontline.results.Figures;
import dev.frontline.results.FunnelStep;
import dev.frontline.results.RepRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Strengths and weaknesses, derived from two sources and explained.
 *
 * <p><b>Ratings</b>: each competency's current level is the manager's latest rating, or the rep's own when the
 * manager has not rated it. Levels 4 and 5 are strengths, 1 and 2 weaknesses; at most three of each, highest (or
 * lowest) first, the manager's ratings before self-ratings, then the distance from the team's average.
 *
 * <p><b>Numbers</b>: the rep's results over the record's span (the last four quarters, to today: one window for every
 * number, named in each evidence text) against the whole team's (the rep included), each compared only when the rep
 * closed enough deals ({@value #MIN_CLOSED} overall, {@value #MIN_SLICE} for one product or sector) and counted only
 * when the difference reaches its threshold: win rate 5 points, win rate on a product or in a sector 10 points, a
 * funnel conversion 5 points, average won deal 15%, won revenue against the team's average per rep 15%, median cycle
 * 7 days (shorter is better). At most four of each side, largest difference (relative to its threshold) first.
 *
 * <p>A number at its ceiling is no weakness (a rate of 100% cannot trail; trailing the pooled team also means the rep
 * is not the team's best, as a pooled figure lies between its reps' own). Nor is won revenue below the team's average
 * per rep when the rep is healthy in absolute terms: at or above their quota to date over the record's periods that
 * have a quota.
 *
 * <p>Where a number speaks to a rated competency (win rate and the last conversion to closing, earlier conversions
 * to qualification, product win rates to product knowledge, sector win rates to account planning, deal size to
 * negotiation, cycle to pipeline discipline), the rating's evidence says whether the numbers agree or disagree;
 * a number that agrees is not listed a second time.
 */
final class Findings {

    static final int MIN_CLOSED = 10;
    static final int MIN_SLICE = 8;
    static final int MAX_RATED = 3;
    static final int MAX_NUMBERS = 4;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Findings() {
    }

    /** A difference between the rep and the team that is large enough to tell. */
    record Signal(String key, String title, boolean good, double weight, String text, @Nullable String competency) {
    }

    /** The derived strengths and weaknesses, and a note on what the numbers could or could not say. */
    record Result(List<Finding> strengths, List<Finding> weaknesses, String note) {
    }

    static Result derive(List<Standing> standings, Map<String, BigDecimal> teamAverages, @Nullable RepRecord record) {
        List<Signal> signals = record == null ? List.of() : signals(record);
        Set<String> used = new HashSet<>();
        List<Finding> strengths = new ArrayList<>(rated(standings, teamAverages, signals, Kind.STRENGTH, used));
        List<Finding> weaknesses = new ArrayList<>(rated(standings, teamAverages, signals, Kind.WEAKNESS, used));
        strengths.addAll(numbers(signals, true, used));
        weaknesses.addAll(numbers(signals, false, used));
        return new Result(strengths, weaknesses, note(record));
    }

    private static List<Finding> rated(List<Standing> standings, Map<String, BigDecimal> teamAverages,
                                       List<Signal> signals, Kind kind, Set<String> used) {
        boolean strong = kind == Kind.STRENGTH;
        Comparator<Standing> order = Comparator.comparingInt((Standing s) -> strong ? -level(s) : level(s))
                .thenComparing(s -> s.manager() == null)
                .thenComparing(s -> strong ? -distance(s, teamAverages) : distance(s, teamAverages))
                .thenComparingInt(s -> s.competency().position());
        return standings.stream().filter(s -> current(s) != null)
                .filter(s -> strong ? level(s) >= 4 : level(s) <= 2)
                .sorted(order).limit(MAX_RATED)
                .map(s -> new Finding("competency:" + s.competency().key(), kind, s.competency().name(),
                        ratingEvidence(s, teamAverages.get(s.competency().key()), signals, strong, used), Source.RATINGS))
                .toList();
    }

    private static String ratingEvidence(Standing s, @Nullable BigDecimal teamAverage, List<Signal> signals,
                                         boolean strong, Set<String> used) {
        Rating r = current(s);
        StringBuilder text = new StringBuilder();
        if (s.manager() != null) {
            text.append("Manager rates ").append(r.level()).append(" of 5");
            if (teamAverage != null) {
                text.append(" (team average ").append(teamAverage.stripTrailingZeros().toPlainString()).append(")");
            }
            text.append(s.self() == null ? "; no self-rating yet." : "; self-rating " + s.self().level() + ".");
        } else {
            text.append("Self-rated ").append(r.level()).append(" of 5; the manager has not rated this yet.");
        }
        text.append(" Level ").append(r.level()).append(": “").append(s.competency().level(r.level())).append("”");
        Optional<Signal> agree = signals.stream()
                .filter(g -> s.competency().key().equals(g.competency()) && g.good() == strong)
                .max(Comparator.comparingDouble(Signal::weight));
        Optional<Signal> disagree = signals.stream()
                .filter(g -> s.competency().key().equals(g.competency()) && g.good() != strong)
                .max(Comparator.comparingDouble(Signal::weight));
        agree.ifPresent(g -> {
            text.append(" The numbers agree: ").append(g.text()).append('.');
            used.add(g.key());
        });
        disagree.ifPresent(g -> text.append(" The numbers disagree: ").append(g.text()).append('.'));
        return text.toString();
    }

    private static List<Finding> numbers(List<Signal> signals, boolean good, Set<String> used) {
        return signals.stream().filter(s -> s.good() == good && !used.contains(s.key()))
                .sorted(Comparator.comparingDouble(Signal::weight).reversed()).limit(MAX_NUMBERS)
                .map(s -> new Finding(s.key(), good ? Kind.STRENGTH : Kind.WEAKNESS, s.title(),
                        capitalise(s.text()) + ".", Source.NUMBERS))
                .toList();
    }

    /** Every difference between the rep and the team that reaches its threshold. */
    static List<Signal> signals(RepRecord record) {
        List<Signal> out = new ArrayList<>();
        Figures rep = record.figures();
        Figures team = record.teamFigures();
        if (team == null || rep.won() + rep.lost() < MIN_CLOSED) {
            return out;
        }
        String window = window(record);
        String span = " over " + (rep.won() + rep.lost()) + " closed deals";
        points(out, "winRate", "Win rate", "win rate", window, rep.winRate(), team.winRate(), 5, span, "closing");
        BigDecimal average = record.teamAveragePerRep();
        if (average != null && average.signum() > 0) {
            BigDecimal pct = pct(rep.wonRevenue().subtract(average), average);
            if (pct.abs().compareTo(BigDecimal.valueOf(15)) >= 0 && (pct.signum() > 0 || !atQuota(record))) {
                out.add(new Signal("wonRevenue", "Won revenue", pct.signum() > 0, weight(pct, 15),
                        "won revenue, " + window + ": " + money(rep.wonRevenue()) + " against the team's average per rep "
                                + money(average) + ", " + whole(pct.abs()) + "% " + (pct.signum() > 0 ? "above" : "below"),
                        null));
            }
        }
        if (rep.avgWonDeal() != null && team.avgWonDeal() != null && team.avgWonDeal().signum() > 0) {
            BigDecimal pct = pct(rep.avgWonDeal().subtract(team.avgWonDeal()), team.avgWonDeal());
            if (pct.abs().compareTo(BigDecimal.valueOf(15)) >= 0) {
                out.add(new Signal("avgWonDeal", "Average won deal", pct.signum() > 0, weight(pct, 15),
                        "average won deal, " + window + ": " + money(rep.avgWonDeal()) + " against the team's "
                                + money(team.avgWonDeal()) + ", " + whole(pct.abs()) + "% "
                                + (pct.signum() > 0 ? "above" : "below"), "negotiation"));
            }
        }
        if (rep.medianCycleDays() != null && team.medianCycleDays() != null) {
            BigDecimal days = rep.medianCycleDays().subtract(team.medianCycleDays());
            if (days.abs().compareTo(BigDecimal.valueOf(7)) >= 0) {
                out.add(new Signal("cycle", "Median cycle", days.signum() < 0, weight(days, 7),
                        "median cycle, " + window + ": " + whole(rep.medianCycleDays()) + " days against the team's "
                                + whole(team.medianCycleDays()) + ", " + whole(days.abs()) + " days "
                                + (days.signum() > 0 ? "longer" : "shorter"), "pipeline_discipline"));
            }
        }
        slices(out, "product", "on ", window, record.byProduct(), record.teamByProduct(), "product_knowledge");
        slices(out, "sector", "in ", window, record.bySector(), record.teamBySector(), "account_planning");
        conversions(out, window, record.funnel(), record.teamFunnel());
        return out;
    }

    /** "last 4 quarters": the record's span, the one window every number of the dossier is compared over. */
    static String window(RepRecord record) {
        long quarters = ChronoUnit.MONTHS.between(record.from(), record.to().plusDays(1)) / 3;
        return quarters == 1 ? "this quarter" : "last " + quarters + " quarters";
    }

    /**
     * Healthy in absolute terms: at or above quota to date, summed over the record's periods that have a quota (at
     * least one).
     */
    static boolean atQuota(RepRecord record) {
        BigDecimal won = BigDecimal.ZERO;
        BigDecimal expected = BigDecimal.ZERO;
        boolean any = false;
        for (RepRecord.Period p : record.periods()) {
            if (p.figures().expectedToDate() != null && p.figures().expectedToDate().signum() > 0) {
                any = true;
                won = won.add(p.figures().wonRevenue());
                expected = expected.add(p.figures().expectedToDate());
            }
        }
        return any && won.compareTo(expected) >= 0;
    }

    private static void slices(List<Signal> out, String kind, String preposition, String window, List<Breakdown> mine,
                               List<Breakdown> team, String competency) {
        for (Breakdown b : mine) {
            if (b.won() + b.lost() < MIN_SLICE || b.key().equals("(none)")) {
                continue;
            }
            team.stream().filter(t -> t.key().equals(b.key())).findFirst().ifPresent(t -> points(out,
                    "winRate:" + kind + ":" + b.key(), "Win rate " + preposition + b.key(),
                    "win rate " + preposition + b.key(), window, b.winRate(), t.winRate(), 10,
                    " over " + (b.won() + b.lost()) + " closed deals", competency));
        }
    }

    private static void conversions(List<Signal> out, String window, List<FunnelStep> mine, List<FunnelStep> team) {
        int lastConverting = -1;
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).conversion() != null) {
                lastConverting = i;
            }
        }
        for (int i = 0; i + 1 < mine.size(); i++) {
            FunnelStep step = mine.get(i);
            if (step.conversion() == null || step.reached() < MIN_CLOSED || i >= team.size()) {
                continue;
            }
            String name = step.stage() + " → " + mine.get(i + 1).stage() + " conversion";
            points(out, "conversion:" + step.stage(), name, name, window, step.conversion(), team.get(i).conversion(), 5,
                    " over " + step.reached() + " deals", i == lastConverting ? "closing" : "qualification");
        }
    }

    private static void points(List<Signal> out, String key, String title, String label, String window,
                               @Nullable BigDecimal rep, @Nullable BigDecimal team, int threshold, String span,
                               @Nullable String competency) {
        if (rep == null || team == null) {
            return;
        }
        BigDecimal diff = rep.subtract(team);
        if (diff.abs().compareTo(BigDecimal.valueOf(threshold)) < 0
                || (diff.signum() < 0 && rep.compareTo(BigDecimal.valueOf(100)) >= 0)) {
            return;
        }
        out.add(new Signal(key, title, diff.signum() > 0, weight(diff, threshold),
                label + ", " + window + ": " + whole(rep) + "% against the team's " + whole(team) + "%, "
                        + whole(diff.abs()) + " points " + (diff.signum() > 0 ? "above" : "below") + " (" + span.strip()
                        + ")", competency));
    }

    private static String note(@Nullable RepRecord record) {
        if (record == null) {
            return "Results are not available to compare with the team.";
        }
        String span = MONTH.format(record.from()) + " to " + MONTH.format(record.to());
        String dates = DAY.format(record.from()) + " – " + DAY.format(record.asOf().isBefore(record.to())
                ? record.asOf() : record.to());
        int closed = record.figures().won() + record.figures().lost();
        if (record.teamFigures() == null) {
            return "Not in a team: there is no team to compare the numbers with.";
        }
        if (closed < MIN_CLOSED) {
            return "Too few closed deals from " + span + " (" + closed + ") to compare with the team; the numbers need "
                    + MIN_CLOSED + ".";
        }
        return "Numbers compare the " + window(record) + " (" + dates + ") with the whole team's (" + record.teamSize()
                + " reps), counting a difference only when it is large enough to matter.";
    }

    static @Nullable Rating current(Standing s) {
        return s.manager() != null ? s.manager() : s.self();
    }

    private static int level(Standing s) {
        Rating r = current(s);
        return r == null ? 3 : r.level();
    }

    private static double distance(Standing s, Map<String, BigDecimal> teamAverages) {
        BigDecimal average = teamAverages.get(s.competency().key());
        return average == null ? 0 : level(s) - average.doubleValue();
    }

    private static double weight(BigDecimal diff, int threshold) {
        return diff.abs().doubleValue() / threshold;
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static String whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
