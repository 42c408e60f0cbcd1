package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistTest {

    private final Dist tenDraws = Dist.of(1_000, new long[] {0, 100, 200, 300, 400, 500, 600, 700, 800, 900});

    @Test
    void quantilesAreNearestRanksOnTopOfWhatIsWon() {
        assertThat(tenDraws.p10()).isEqualTo(1_000);
        assertThat(tenDraws.p50()).isEqualTo(1_400);
        assertThat(tenDraws.p90()).isEqualTo(1_800);
        assertThat(tenDraws.mean()).isEqualTo(1_450);
    }

    @Test
    void theChanceOfReachingATargetCountsTheDrawsAtOrAboveIt() {
        assertThat(tenDraws.probabilityOfReaching(1_500)).isEqualTo(0.5);
        assertThat(tenDraws.probabilityOfReaching(500)).isEqualTo(1.0);
        assertThat(tenDraws.probabilityOfReaching(5_000)).isEqualTo(0.0);
    }

    @Test
    void independentTeamsAddUpDrawByDrawNotQuantileByQuantile() {
        Dist a = Dist.of(0, new long[] {0, 10}, new long[] {10, 0});
        Dist b = Dist.of(5, new long[] {0, 10}, new long[] {10, 0});

        Dist sum = Dist.sum(List.of(a, b));

        assertThat(sum.wonToDate()).isEqualTo(5);
        assertThat(sum.draws()).containsExactly(0, 20);
    }
}
