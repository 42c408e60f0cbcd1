package dev.frontline.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrmValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1234,50      | 1234.50",
            "1.234,50     | 1234.50",
            "1 234,50 €   | 1234.50",
            "€ 1.234,5    | 1234.5",
            "1.234.567    | 1234567",
            "1234.50      | 1234.50",
            "-12,5        | -12.5",
            "99           | 99"})
    void readsDecimalCommasInFilesThatUseThem(String text, BigDecimal amount) {
        assertThat(CrmValues.amount(text, true)).contains(amount);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12,,5", "1.23.4", "1,2,3"})
    void refusesCommaAmountsThatDoNotReadOneWay(String text) {
        assertThat(CrmValues.amount(text, true)).isEmpty();
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
        assertThat(CrmValues.amount(text, false)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(amount));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"abc", "1,23", "12,34.5", "1.2.3", "$", "1 234", "--5", "-$-5", "1e5"})
    void refusesWhatIsNotAnAmount(String text) {
        assertThat(CrmValues.amount(text, false)).isEmpty();
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
