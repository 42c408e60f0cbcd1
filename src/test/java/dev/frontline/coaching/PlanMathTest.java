package dev.frontline.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanMathTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    private static DealFact deal(long id, Outcome outcome, String product, LocalDate engage, LocalDate close, int amount) {
        return new DealFact(id, 1, product, "retail", outcome.name(), outcome == Outcome.OPEN ? 2 : 3, outcome,
                BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), engage, engage, close);
    }

    private final List<DealFact> deals = List.of(
            deal(1, Outcome.WON, "GTX Pro", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 1), 1000),
            deal(2, Outcome.LOST, "GTX Pro", LocalDate.of(2026, 6, 5), LocalDate.of(2026, 8, 10), 0),
            deal(3, Outcome.LOST, "MG Special", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 20), 0),
            deal(4, Outcome.WON, "GTX Pro", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 10), 3000),
            deal(5, Outcome.WON, "MG Special", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 22), 500),
            deal(6, Outcome.LOST, "GTX Pro", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 25), 0),
            deal(7, Outcome.OPEN, "GTX Pro", LocalDate.of(2026, 9, 15), null, 2000));

    @Test
    void theWindowBeforeHasAsManyDaysAsTheWindowSinceTheStart() {
        Window after = PlanMath.after(START, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 9, 30));

        assertThat(after).isEqualTo(new Window(START, LocalDate.of(2026, 9, 30)));
        assertThat(after.before()).isEqualTo(new Window(LocalDate.of(2026, 8, 2), LocalDate.of(2026, 8, 31)));
        assertThat(PlanMath.after(START, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 15)).to())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(PlanMath.after(START, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 8, 15))).isNull();
        assertThat(PlanMath.baselineWindow(START, LocalDate.of(2026, 9, 30)).days()).isEqualTo(30);
    }

    @Test
    void measuresEachMetricOverTheDealsOfAWindow() {
        Window after = new Window(START, LocalDate.of(2026, 9, 30));
        Window before = new Window(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31));

        assertThat(PlanMath.measure(PlanMetric.CONVERSION, null, deals, before).value()).isEqualByComparingTo("33.3");
        assertThat(PlanMath.measure(PlanMetric.CONVERSION, null, deals, after).value()).isEqualByComparingTo("66.7");
        assertThat(PlanMath.measure(PlanMetric.MEDIAN_CYCLE, null, deals, after).value()).isEqualByComparingTo("30.0");
        assertThat(PlanMath.measure(PlanMetric.AVG_DEAL, null, deals, after).value()).isEqualByComparingTo("1750.00");
        assertThat(PlanMath.measure(PlanMetric.PIPELINE_CREATED, null, deals, after).value())
                .isEqualByComparingTo("2500");
        assertThat(PlanMath.measure(PlanMetric.PIPELINE_CREATED, null, deals, after).deals()).isEqualTo(3);
    }

    @Test
    void aSegmentNarrowsTheDeals() {
        Window after = new Window(START, LocalDate.of(2026, 9, 30));

        assertThat(PlanMath.measure(PlanMetric.CONVERSION, Segment.parse("product:gtx pro"), deals, after).value())
                .isEqualByComparingTo("50.0");
        assertThat(PlanMath.measure(PlanMetric.CONVERSION, Segment.parse("sector:Retail"), deals, after).deals())
                .isEqualTo(3);
    }

    @Test
    void nothingToMeasureIsNull() {
        Window empty = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

        assertThat(PlanMath.measure(PlanMetric.CONVERSION, null, deals, empty).value()).isNull();
        assertThat(PlanMath.measure(PlanMetric.PIPELINE_CREATED, null, deals, empty).value()).isEqualByComparingTo("0");
    }

    @Test
    void slicesCoverTheWindowWithoutGaps() {
        Window window = new Window(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

        List<PlanMath.Measure> slices = PlanMath.slices(PlanMetric.CONVERSION, null, deals, window, 3);

        assertThat(slices).hasSize(3);
        assertThat(slices.stream().mapToInt(PlanMath.Measure::deals).sum())
                .isEqualTo(PlanMath.measure(PlanMetric.CONVERSION, null, deals, window).deals());
        assertThat(PlanMath.sliceCount(91)).isEqualTo(3);
        assertThat(PlanMath.sliceCount(10)).isEqualTo(1);
        assertThat(PlanMath.sliceCount(400)).isEqualTo(6);
    }

    @Test
    void judgesTheChangeInTheMetricsDirection() {
        assertThat(PlanMath.verdict(PlanMetric.CONVERSION, new BigDecimal("38"), new BigDecimal("45"), new BigDecimal("46")))
                .isEqualTo(Verdict.REACHED);
        assertThat(PlanMath.verdict(PlanMetric.CONVERSION, new BigDecimal("38"), new BigDecimal("45"), new BigDecimal("41")))
                .isEqualTo(Verdict.IMPROVED);
        assertThat(PlanMath.verdict(PlanMetric.MEDIAN_CYCLE, new BigDecimal("60"), new BigDecimal("45"), new BigDecimal("70")))
                .isEqualTo(Verdict.NOT_IMPROVED);
        assertThat(PlanMath.verdict(PlanMetric.MEDIAN_CYCLE, new BigDecimal("60"), new BigDecimal("45"), new BigDecimal("44")))
                .isEqualTo(Verdict.REACHED);
        assertThat(PlanMath.verdict(PlanMetric.AVG_DEAL, null, new BigDecimal("45"), null)).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(PlanMath.progress(new BigDecimal("38"), new BigDecimal("45"), new BigDecimal("41.5")))
                .isEqualByComparingTo("50");
    }
}
