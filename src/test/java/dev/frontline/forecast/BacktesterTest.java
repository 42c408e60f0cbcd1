package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.shared.SalesPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktesterTest {

    private static Backtester.Row row(long actual, long p10, long p50, long p90) {
        return new Backtester.Row(SalesPeriod.parse("2025-06"), 1, "T", null, null, actual, p10, p50, p90, p50, 0, 0);
    }

    @Test
    void mapeAndBiasAreOverPeriodsWithRevenueAndCoverageOverAll() {
        List<Backtester.Row> rows = List.of(row(100, 80, 110, 130), row(200, 210, 150, 260), row(0, 0, 10, 20));

        Backtester.Method m = Backtester.score("frontline", rows, Backtester.Row::p50, true);

        assertThat(m.mape()).isCloseTo((10 + 25) / 2.0, within(1e-9));
        assertThat(m.bias()).isCloseTo((10 - 25) / 2.0, within(1e-9));
        assertThat(m.coverage()).isCloseTo(200 / 3.0, within(1e-9));
        assertThat(m.rows()).isEqualTo(3);
    }

    @Test
    void replaysStartOnceThreeMonthsOfClosesAreRecordedAndEndWhereTheDataEnds() {
        List<Fact> facts = new java.util.ArrayList<>(ForecastModelTest.history());
        facts.add(Deals.won(1, "GTX", 10, "2025-10-01", "2025-12-20"));
        Backtester.Result r = Backtester.run(List.of(new Backtester.Team(1, "T", ForecastModelTest.REPS, facts)),
                BacktestLevel.TEAM, SalesPeriod.Grain.MONTH, 1, "Engaging", java.util.Map.of(), 500);

        // First close 15 Jan 2025: February is the first month recorded in full, so replays start in May; the data
        // ends on 20 December, so December (ending on the 31st) is not replayed.
        assertThat(r.rows()).extracting(x -> x.period().toString()).first().isEqualTo("2025-05");
        assertThat(r.rows()).extracting(x -> x.period().toString()).last().isEqualTo("2025-11");
    }
}
