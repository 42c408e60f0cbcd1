package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentileTest {

    private static List<BigDecimal> values(long... v) {
        return Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void isTheShareOfTeammatesBelowWithTiesCountingHalf() {
        assertThat(ResultsMath.percentile(BigDecimal.valueOf(50), values(10, 20, 50, 80))).isEqualByComparingTo("63");
        assertThat(ResultsMath.percentile(BigDecimal.valueOf(90), values(10, 20, 50, 80))).isEqualByComparingTo("100");
        assertThat(ResultsMath.percentile(BigDecimal.ZERO, values(10, 20))).isEqualByComparingTo("0");
    }

    @Test
    void isUnknownWithoutTeammates() {
        assertThat(ResultsMath.percentile(BigDecimal.TEN, List.of())).isNull();
        assertThat(ResultsMath.percentile(null, values(1))).isNull();
    }
}
