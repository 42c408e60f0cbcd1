package dev.frontline.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A text cell of the export never starts like a spreadsheet formula. */
class CsvCellTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
            "+1 555|'+1 555",
            "-2|'-2",
            "@SUM(A1)|'@SUM(A1)",
            "Acme Corporation|Acme Corporation",
            "GTX Pro|GTX Pro"})
    void prefixesWhatASpreadsheetWouldRun(String value, String cell) {
        assertThat(OpportunityPages.text(value)).isEqualTo(cell);
    }
}
