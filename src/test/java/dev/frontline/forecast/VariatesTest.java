package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariatesTest {

    static final int N = 200_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 2.5, 40})
    void gammaDrawsHaveTheirMeanAndVariance(double shape) {
        Variates v = new Variates(1);
        double scale = 3;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < N; i++) {
            double x = v.gamma(shape, scale);
            sum += x;
            squares += x * x;
        }
        double mean = sum / N;
        assertThat(mean).isCloseTo(shape * scale, within(0.02 * shape * scale + 0.02));
        assertThat(squares / N - mean * mean).isCloseTo(shape * scale * scale, within(0.05 * shape * scale * scale));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 4, 25, 400})
    void poissonDrawsHaveTheirMeanAndVariance(double mean) {
        Variates v = new Variates(2);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < N; i++) {
            int k = v.poisson(mean);
            sum += k;
            squares += (double) k * k;
        }
        double m = sum / N;
        assertThat(m).isCloseTo(mean, within(0.01 * mean + 0.01));
        assertThat(squares / N - m * m).isCloseTo(mean, within(0.03 * mean + 0.01));
    }

    @Test
    void theSameSeedDrawsTheSameNumbers() {
        Variates a = new Variates(7);
        Variates b = new Variates(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(a.gamma(1.7, 2)).isEqualTo(b.gamma(1.7, 2));
            assertThat(a.poisson(33)).isEqualTo(b.poisson(33));
        }
    }
}
