package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.forecast.BetaBinomial.Count;
import java.util.List;
import org.junit.jupiter.api.Test;

class BetaBinomialTest {

    @Test
    void repsThatDifferNoMoreThanChancePoolFully() {
        double strength = BetaBinomial.strength(List.of(new Count(50, 100), new Count(51, 100), new Count(49, 100)));

        assertThat(strength).isInfinite();
        assertThat(BetaBinomial.shrink(new Count(9, 10), 0.5, strength)).isEqualTo(0.5);
    }

    @Test
    void theStrengthComesFromTheSpreadOfTheRepsRatesBeyondChance() {
        // Rates 0.2 and 0.8 on 100 deals each: p = 0.5; observed spread 0.09; binomial noise 0.25 × 2 / 200 = 0.0025;
        // τ² = 0.0875, so κ = 0.25 / 0.0875 − 1 = 1.857…
        double strength = BetaBinomial.strength(List.of(new Count(20, 100), new Count(80, 100)));

        assertThat(strength).isCloseTo(0.25 / 0.0875 - 1, within(1e-9));
    }

    @Test
    void aRepWithFewClosesIsPulledTowardsTheTeamMoreThanOneWithMany() {
        double strength = 10;
        double few = BetaBinomial.shrink(new Count(3, 3), 0.5, strength);
        double many = BetaBinomial.shrink(new Count(300, 300), 0.5, strength);

        assertThat(few).isCloseTo((3 + 5) / 13.0, within(1e-12));
        assertThat(many).isCloseTo((300 + 5) / 310.0, within(1e-12));
        assertThat(few).isLessThan(many);
    }

    @Test
    void oneRepOrNoSpreadLeavesNothingToLearnFrom() {
        assertThat(BetaBinomial.strength(List.of(new Count(3, 10)))).isInfinite();
        assertThat(BetaBinomial.strength(List.of(new Count(0, 10), new Count(0, 20)))).isInfinite();
    }
}
