package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forecast in one sentence. Amounts in cents. */
class HeadlineTest {

    @Test
    void aForecastWithARangeSaysTheLikelyRangeAndTheChanceOfQuota() {
        assertThat(Headline.of(true, 10_000_000L, 38_000_000L, 45_000_000L, 42_000_000L, 0.7, 120, 90_000_000L))
                .isEqualTo("Likely $380k–$450k; 70% chance of quota.");
        assertThat(Headline.of(true, 0, 123_456_789L, 245_000_000L, null, null, 400, 900_000_000L))
                .isEqualTo("Likely $1.23M–$2.45M.");
        assertThat(Headline.of(true, 50_000_000L, 52_000_000L, 60_000_000L, 40_000_000L, 1.0, 3, 1_000_000L))
                .isEqualTo("Likely $520k–$600k; quota reached.");
        assertThat(Headline.of(true, 0, 450_000L, 980_000L, 2_000_000L, 0.001, 4, 800_000L))
                .isEqualTo("Likely $4.5k–$9.8k; under 1% chance of quota.");
    }

    @Test
    void aRepWithTooFewLikelyWinsForARangeIsToldSoInsteadOfARangeFromNothingToAFortune() {
        // P10 is what is won already: a one-in-ten chance or more of winning nothing more.
        assertThat(Headline.of(true, 0, 0, 2_676_800L, 500_000L, 0.31, 3, 1_200_000L))
                .isEqualTo("Too few likely wins to forecast a range: 3 open deals, $12k.");
        assertThat(Headline.of(true, 550_000L, 550_000L, 3_000_000L, null, null, 1, 482_100L))
                .isEqualTo("Too few likely wins to forecast a range: 1 open deal, $4.8k, and $5.5k won so far.");
        assertThat(Headline.rangeShown(0, 0, 2_676_800L)).isFalse();
        assertThat(Headline.rangeShown(0, 1, 2_676_800L)).isTrue();
        // Late in a period with $45k won: nothing more is as likely as not, but the P90 does not double it.
        assertThat(Headline.of(true, 4_500_000L, 4_500_000L, 6_000_000L, 3_500_000L, 1.0, 48, 12_900_000L))
                .isEqualTo("Likely $45k–$60k; quota reached.");
    }

    @Test
    void withoutHistoryOrAnythingMoreToWinItSaysThat() {
        assertThat(Headline.of(false, 70_000L, 70_000L, 70_000L, null, null, 1, 0))
                .isEqualTo("Not enough history to forecast yet: $700 won so far.");
        assertThat(Headline.of(true, 70_000L, 70_000L, 70_000L, null, null, 0, 0))
                .isEqualTo("$700 won; nothing more is expected in this period.");
    }
}
