package dev.frontline.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrmValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-04                    | 2026-03-04",
            "3/4/2026                      | 2026-03-04",
            "12/31/2026                    | 2026-12-31",
            "03/04/2026                    | 2026-03-04",
            "2026-03-04T10:00:00.000Z      | 2026-03-04",
            "2026-03-04T23:30:00.000+0000  | 2026-03-04",
            "2026-03-04T10:00:00Z          | 2026-03-04",
            "2026-03-04 10:00              | 2026-03-04",
            "2026-03-04 10:00:59           | 2026-03-04",
            "3/4/2026 10:00 AM             | 2026-03-04",
            "2026/03/04                    | 2026-03-04"})
    void readsTheDatesCrmExportsWrite(String text, LocalDate date) {
        assertThat(CrmValues.date(text)).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-02-30", "13/1/2026", "31/12/2026", "2026-03-04 garbage", "04.03.2026", "tomorrow",
            "20260304", "2026-3"})
    void refusesWhatIsNotADate(String text) {
        assertThat(CrmValues.date(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1234.5       | 1234.5",
            "1,234.50     | 1234.50",
            "$1,234.50    | 1234.50",
            "$ 1,234.50   | 1234.50",
            "USD 1,234.50 | 1234.50",
            "1234.50 EUR  | 1234.50",
            "€99          | 99",
            "1,000,000    | 1000000",
            "0            | 0",
            "12.345       | 12.35",
            "-$5.00       | -5.00"})
    void readsTheAmountsCrmExportsWrite(String text, BigDecimal amount) {
        assertThat(CrmValues.amount(text)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(amount));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"abc", "1,23", "12,34.5", "1.2.3", "$", "1 234", "--5", "-$-5", "1e5"})
    void refusesWhatIsNotAnAmount(String text) {
        assertThat(CrmValues.amount(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "001A0000006Vm9r, 001A0000006Vm9rIAC",
            "006FLT000000001, 006FLT000000001YBA",
            "006FLT000000101AAA, 006FLT000000101AAA",
            "9100000001, 9100000001"})
    void givesSalesforceIdsTheirEighteenCharacterForm(String id, String eighteen) {
        assertThat(CrmValues.salesforceId(id)).isEqualTo(eighteen);
    }
}
