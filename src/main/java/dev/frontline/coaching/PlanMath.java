package dev.frontline.coaching;

import dev.frontline.pipeline.DealFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of coaching plans, free of Spring and of the database: a plan's number over a window of days, the
 * windows before and after the plan started, and what the change amounts to.
 *
 * <p>Windows: the <em>after</em> window runs from the plan's first day to today (or to its review date, or the day it
 * was finished, whichever comes first); the <em>before</em> window has the same number of days and ends the day
 * before the plan started. Comparing same-length windows keeps a count like pipeline created fair at any point of
 * the plan. The <em>baseline</em> proposed when a plan is made is the number over the whole planned length
 * (first day to review date) just before the start.
 *
 * <p>Definitions follow results: a deal counts for a window when it closed inside it (won and lost) or, for pipeline
 * created, when it was created inside it; conversion is won ÷ (won + lost) in percent with one decimal (every
 * closed deal passed Engaging: the data holds no stage history); the median cycle is the median of engage-to-close
 * days of the deals won, the mean of the middle two when even, one decimal; the average won deal has two decimals.
 */
final class PlanMath {

    private PlanMath() {
    }

    /** A number over a window and how many deals it rests on. */
    record Measure(@Nullable BigDecimal value, int deals) {
    }

    /** The before and after windows on {@code asOf}; null when the plan has not started yet. */
    static @Nullable Window after(LocalDate startsOn, LocalDate endsOn, LocalDate asOf) {
        LocalDate to = asOf.isBefore(endsOn) ? asOf : endsOn;
        return to.isBefore(startsOn) ? null : new Window(startsOn, to);
    }

    /** The window the proposed baseline is measured over: the planned length, just before the start. */
    static Window baselineWindow(LocalDate startsOn, LocalDate reviewOn) {
        return new Window(startsOn, reviewOn).before();
    }

    static Measure measure(PlanMetric metric, @Nullable Segment segment, List<DealFact> deals, Window window) {
        List<DealFact> in = deals.stream().filter(d -> segment == null || segment.matches(d)).toList();
        return switch (metric) {
            case CONVERSION -> {
                int won = 0;
                int lost = 0;
                for (DealFact d : in) {
                    if (closedIn(d, window)) {
                        won += d.won() ? 1 : 0;
                        lost += d.lost() ? 1 : 0;
                    }
                }
                yield new Measure(won + lost == 0 ? null : BigDecimal.valueOf(won * 100L)
                        .divide(BigDecimal.valueOf(won + lost), 1, RoundingMode.HALF_UP), won + lost);
            }
            case MEDIAN_CYCLE -> {
                List<Long> days = in.stream().filter(d -> d.won() && closedIn(d, window) && d.engageDate() != null)
                        .map(d -> ChronoUnit.DAYS.between(d.engageDate(), d.closeDate())).sorted().toList();
                yield new Measure(median(days), days.size());
            }
            case AVG_DEAL -> {
                List<DealFact> won = in.stream().filter(d -> d.won() && closedIn(d, window)).toList();
                BigDecimal sum = won.stream().map(d -> d.amount() == null ? BigDecimal.ZERO : d.amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                yield new Measure(won.isEmpty() ? null
                        : sum.divide(BigDecimal.valueOf(won.size()), 2, RoundingMode.HALF_UP), won.size());
            }
            case PIPELINE_CREATED -> {
                List<DealFact> created = in.stream().filter(d -> d.createdDate() != null
                        && window.contains(d.createdDate())).toList();
                yield new Measure(created.stream().map(d -> d.value() == null ? BigDecimal.ZERO : d.value())
                        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP), created.size());
            }
        };
    }

    /**
     * The window cut into {@code slices} consecutive parts of equal length (the last one takes the remainder), each
     * measured: the before and after windows side by side make the plan's chart.
     */
    static List<Measure> slices(PlanMetric metric, @Nullable Segment segment, List<DealFact> deals, Window window,
                                int slices) {
        List<Measure> out = new ArrayList<>();
        long length = window.days() / slices;
        for (int i = 0; i < slices; i++) {
            LocalDate from = window.from().plusDays(i * length);
            LocalDate to = i == slices - 1 ? window.to() : from.plusDays(length - 1);
            out.add(measure(metric, segment, deals, new Window(from, to)));
        }
        return out;
    }

    /** How many slices a window of this length is shown in: about one per month, one to six. */
    static int sliceCount(long days) {
        return (int) Math.max(1, Math.min(6, Math.round(days / 30.0)));
    }

    /** The change from before to after in words' terms: reached the target, improved, or not. */
    static Verdict verdict(PlanMetric metric, @Nullable BigDecimal before, @Nullable BigDecimal target,
                           @Nullable BigDecimal after) {
        if (after == null) {
            return Verdict.NOT_MEASURABLE;
        }
        if (target != null && !worse(metric, after, target)) {
            return Verdict.REACHED;
        }
        if (before == null) {
            return Verdict.NOT_MEASURABLE;
        }
        return better(metric, after, before) ? Verdict.IMPROVED : Verdict.NOT_IMPROVED;
    }

    /** How far from baseline to target the value has come, in percent (may be negative or above 100). */
    static @Nullable BigDecimal progress(@Nullable BigDecimal baseline, BigDecimal target, @Nullable BigDecimal value) {
        if (baseline == null || value == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return value.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(target.subtract(baseline), 0, RoundingMode.HALF_UP);
    }

    static boolean better(PlanMetric metric, BigDecimal a, BigDecimal b) {
        int c = a.compareTo(b);
        return metric.higherIsBetter() ? c > 0 : c < 0;
    }

    private static boolean worse(PlanMetric metric, BigDecimal a, BigDecimal b) {
        return better(metric, b, a);
    }

    private static boolean closedIn(DealFact d, Window w) {
        return d.closedWithin(w.from(), w.to());
    }

    private static @Nullable BigDecimal median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        BigDecimal m = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(mid))
                : BigDecimal.valueOf(sorted.get(mid - 1) + sorted.get(mid)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.HALF_UP);
        return m.setScale(1, RoundingMode.HALF_UP);
    }
}
