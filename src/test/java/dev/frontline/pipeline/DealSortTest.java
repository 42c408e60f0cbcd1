package dev.frontline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.pipeline.DealSort.Column;
import dev.frontline.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DealSortTest {

    @Test
    void readsAColumnAndADirection() {
        assertThat(DealSort.parse("amount,desc")).isEqualTo(DealSort.by(Column.AMOUNT, true));
        assertThat(DealSort.parse(" closeDate ")).isEqualTo(DealSort.by(Column.CLOSED, false));
        assertThat(DealSort.parse("EXTERNALID, ASC")).isEqualTo(DealSort.by(Column.EXTERNAL_ID, false));
        assertThat(DealSort.parse("owner,desc").param()).isEqualTo("owner,desc");
    }

    @Test
    void blankIsTheDefaultOrder() {
        assertThat(DealSort.parse(null).isDefault()).isTrue();
        assertThat(DealSort.parse("  ").param()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "amount,sideways", "amount,desc,closeDate", "value"})
    void refusesWhatItCannotSortByNamingTheParameter(String text) {
        assertThatThrownBy(() -> DealSort.parse(text)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).singleElement().asString().startsWith("sort: "));
    }
}
