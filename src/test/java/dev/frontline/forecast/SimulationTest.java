package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.forecast.Simulation.RepInput;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static RepInput deals(long rep, int n, double odds, long cents) {
        long[] amounts = new long[n];
        double[] q = new double[n];
        Arrays.fill(amounts, cents);
        Arrays.fill(q, odds);
        return new RepInput(rep, amounts, q, 0, new long[0]);
    }

    @Test
    void deterministicForTheSameSeed() {
        List<RepInput> reps = List.of(deals(1, 50, 0.3, 10_000),
                new RepInput(2, new long[] {5_000}, new double[] {0.5}, 2.25, new long[] {100, 900}));

        Simulation.Result a = Simulation.run(reps, 0.04, 2000, 42);
        Simulation.Result b = Simulation.run(reps, 0.04, 2000, 42);

        assertThat(a.team()).isEqualTo(b.team());
        assertThat(a.reps().get(2L)).isEqualTo(b.reps().get(2L));
        assertThat(a.dealOdds().get(1L)).isEqualTo(b.dealOdds().get(1L));
    }

    @Test
    void withoutAShockDealsAreWonWithTheirOwnOddsBinomially() {
        // 100 deals of $100 at 50%, no shock: won revenue is $100 × Binomial(100, 0.5): mean 5,000, sd 500.
        Simulation.Result r = Simulation.run(List.of(deals(1, 100, 0.5, 10_000)), 0, 20_000, 1);
        Dist d = Dist.of(0, r.team());

        assertThat(d.mean()).isCloseTo(500_000, within(5_000L));
        assertThat(d.p50()).isEqualTo(500_000);
        assertThat(d.p10()).isBetween(430_000L, 440_000L);
        assertThat(d.p90()).isBetween(560_000L, 570_000L);
        assertThat(r.dealOdds().get(1L)[0]).isCloseTo(0.5, within(0.02));
    }

    @Test
    void aTeamWideShockWidensTheRangeButKeepsTheMean() {
        List<RepInput> reps = List.of(deals(1, 200, 0.2, 10_000));
        Dist calm = Dist.of(0, Simulation.run(reps, 0, 20_000, 5).team());
        Dist shaken = Dist.of(0, Simulation.run(reps, 0.09, 20_000, 5).team());

        assertThat(shaken.mean()).isCloseTo(calm.mean(), within(calm.mean() / 50));
        assertThat(shaken.p90() - shaken.p10()).isGreaterThan(calm.p90() - calm.p10());
    }

    @Test
    void newDealsArriveAsAPoissonCountWithAmountsDrawnFromPastWins() {
        // 3 new wins a period on average, each $100 or $300 with equal chance: mean $600.
        RepInput rep = new RepInput(1, new long[0], new double[0], 3, new long[] {10_000, 30_000});
        Dist d = Dist.of(0, Simulation.run(List.of(rep), 0, 50_000, 9).team());

        assertThat(d.mean()).isCloseTo(60_000, within(1_000L));
        assertThat(d.probabilityOfReaching(1)).isCloseTo(1 - Math.exp(-3), within(0.01));
    }
}
