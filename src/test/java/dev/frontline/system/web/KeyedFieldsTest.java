package dev.frontline.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyedFieldsTest {

    private static final Set<String> FIXED = Set.of("year", "period");
    private static final Map<String, Integer> GRID = Map.of("amount", 2, "version", 2);

    private static Map<String, String[]> form(String... pairs) {
        Map<String, String[]> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return form;
    }

    @Test
    void readsTheKeyedCellsInFormOrderAndSkipsFixedFieldsAndTheCsrfToken() {
        KeyedFields fields = KeyedFields.parse(form("_csrf", "t", "year", "2026", "amount:ann:2026-Q1", "100",
                "version:ann:2026-Q1", "3", "amount:team:2026-Q2", ""), FIXED, GRID);

        assertThat(fields.under("amount")).containsExactly(Map.entry("ann:2026-Q1", "100"),
                Map.entry("team:2026-Q2", ""));
        assertThat(fields.get("version:ann:2026-Q1")).isEqualTo("3");
        assertThat(fields.values()).doesNotContainKeys("_csrf", "year");
    }

    @Test
    void refusesAnUnknownOrMisshapenFieldNameAsMalformed() {
        for (String name : new String[] {"amount", "amount:ann", "amount:ann:2026-Q1:x", "amount::2026-Q1",
                "quota:ann:2026-Q1", "colour"}) {
            assertThatThrownBy(() -> KeyedFields.parse(form(name, "1"), FIXED, GRID)).as(name)
                    .isExactlyInstanceOf(dev.frontline.shared.Malformed.class).hasMessageContaining(name);
        }
    }

    @Test
    void readsNamesCutWithAnotherSeparator() {
        KeyedFields fields = KeyedFields.parse(form("column.0.amount", "Value", "file.0", "deals.csv"), Set.of(),
                Map.of("column", 2, "file", 1), '.');

        assertThat(fields.under("column")).containsExactly(Map.entry("0.amount", "Value"));
        assertThat(fields.get("file.0")).isEqualTo("deals.csv");
        assertThatThrownBy(() -> KeyedFields.parse(form("column:0:amount", "Value"), Set.of(),
                Map.of("column", 2), '.')).isExactlyInstanceOf(dev.frontline.shared.Malformed.class);
    }

    @Test
    void refusesAKeyedFieldSentTwice() {
        Map<String, String[]> twice = Map.of("amount:ann:2026-Q1", new String[] {"1", "2"});
        assertThatThrownBy(() -> KeyedFields.parse(twice, FIXED, GRID))
                .isExactlyInstanceOf(dev.frontline.shared.Malformed.class).hasMessageContaining("2 times");
    }

    @Test
    void aValueThatIsNotAWholeNumberIsRefusedNamingItsField() {
        assertThat(KeyedFields.wholeNumber("version:ann:2026-Q1", " 7 ")).isEqualTo(7);
        assertThat(KeyedFields.wholeNumber("version:ann:2026-Q1", " ")).isNull();
        assertThatThrownBy(() -> KeyedFields.wholeNumber("version:ann:2026-Q1", "seven"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).singleElement().asString()
                        .startsWith("version:ann:2026-Q1: ").contains("seven"));
    }
}
