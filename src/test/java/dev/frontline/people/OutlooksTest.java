package dev.frontline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.people.Outlook.Direction;
import dev.frontline.people.Outlook.Variability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlooksTest {

    private static List<Outlooks.Month> months(long... revenue) {
        List<Outlooks.Month> out = new ArrayList<>();
        for (int i = 0; i < revenue.length; i++) {
            out.add(new Outlooks.Month("M" + (i + 1), BigDecimal.valueOf(revenue[i]), revenue[i] > 0 ? 5 : 0, revenue[i] > 0 ? 5 : 0));
        }
        return out;
    }

    @Test
    void aSteadyConsistentRecordProjectsItsRunRateForTheQuarter() {
        Outlook o = Outlooks.of(months(10_000, 10_500, 9_500, 10_000, 10_200, 9_800), "2027-Q1", 3, null);

        assertThat(o.direction()).isEqualTo(Direction.STEADY);
        assertThat(o.variability()).isEqualTo(Variability.CONSISTENT);
        assertThat(o.expected()).isEqualByComparingTo("30000");
        // spread: sample sd of the six months = √(580,000 ÷ 5) = 340.6; × √3 = 589.9
        assertThat(o.low()).isEqualByComparingTo("29410");
        assertThat(o.high()).isEqualByComparingTo("30590");
        assertThat(o.headline()).startsWith("Steady and consistent: if the run rate holds, expect about $30,000 in 2027-Q1");
    }

    @Test
    void aFallingVolatileRecordSaysSoAndComparesWithTheQuota() {
        Outlook o = Outlooks.of(months(30_000, 5_000, 25_000, 4_000, 12_000, 2_000), "2027-Q1", 3, new BigDecimal("60000"));

        assertThat(o.direction()).isEqualTo(Direction.FALLING);
        assertThat(o.variability()).isEqualTo(Variability.VOLATILE);
        assertThat(o.headline()).startsWith("Falling but volatile").contains("about 65% of its $60,000 quota")
                .contains("check pipeline coverage early");
        assertThat(o.reasons()).anyMatch(r -> r.startsWith("Run rate: $13,000 won per month"));
    }

    @Test
    void monthsBeforeTheFirstClosedDealDoNotCountAndThreeAreNeeded() {
        Outlook o = Outlooks.of(months(0, 0, 0, 0, 8_000, 9_000), "2027-Q1", 3, null);

        assertThat(o.expected()).isNull();
        assertThat(o.direction()).isEqualTo(Direction.UNKNOWN);
        assertThat(o.headline()).startsWith("Only 2 completed months since their first closed deal");
    }

    @Test
    void slopeAndSpreadAreTheTextbookOnes() {
        double[] y = {1, 3, 5, 7};

        assertThat(Outlooks.slope(y)).isCloseTo(2.0, within(1e-9));
        assertThat(Outlooks.sd(y, Outlooks.mean(y))).isCloseTo(Math.sqrt(20.0 / 3), within(1e-9));
    }
}
