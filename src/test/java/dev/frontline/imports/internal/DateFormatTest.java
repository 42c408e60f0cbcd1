package dev.frontline.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.imports.ImportFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFormatTest {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-04                    | YYYY-MM-DD | 2026-03-04",
            "2026-03-04T10:00:00.000Z      | YYYY-MM-DD | 2026-03-04",
            "2026-03-04T23:30:00.000+0000  | YYYY-MM-DD | 2026-03-04",
            "2026-03-04 10:00:59           | YYYY-MM-DD | 2026-03-04",
            "2026/03/04                    | YYYY/MM/DD | 2026-03-04",
            "3/4/2026                      | MM/DD/YYYY | 2026-03-04",
            "12/31/2026                    | MM/DD/YYYY | 2026-12-31",
            "3/4/2026 10:00 AM             | MM/DD/YYYY | 2026-03-04",
            "02/23/26 08:55 PM             | MM/DD/YY   | 2026-02-23",
            "02/03/24                      | MM/DD/YY   | 2024-02-03",
            "12/31/99                      | MM/DD/YY   | 1999-12-31",
            "31/12/2026                    | DD/MM/YYYY | 2026-12-31",
            "31/12/26 23:59                | DD/MM/YY   | 2026-12-31",
            "04.03.2026                    | DD.MM.YYYY | 2026-03-04",
            "04.03.2026 14:30              | DD.MM.YYYY | 2026-03-04",
            "4.3.26                        | DD.MM.YY   | 2026-03-04"})
    void readsTheDatesCrmsWriteInTheirFormat(String text, String format, LocalDate date) {
        DateFormat f = DateFormat.ofLabel(format).orElseThrow();
        assertThat(f.parse(text)).isEqualTo(date);
        assertThat(DateFormat.possible(text)).contains(f);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-02-30", "13/13/2026", "2026-03-04 garbage", "tomorrow", "20260304", "2026-3",
            "31.02.2026"})
    void noFormatReadsWhatIsNotADate(String text) {
        assertThat(DateFormat.possible(text)).isEmpty();
    }

    @Test
    void aDayAboveTwelveSettlesWhichComesFirst() {
        assertThat(DateFormat.possible("03/04/24")).containsExactlyInAnyOrder(DateFormat.MDY_SHORT,
                DateFormat.DMY_SHORT);
        assertThat(DateFormat.possible("02/23/24")).containsExactly(DateFormat.MDY_SHORT);
        assertThat(DateFormat.possible("23/02/24")).containsExactly(DateFormat.DMY_SHORT);
    }

    @Test
    void aColumnTakesTheOneFormatThatReadsAllItsValues() {
        CsvTable table = table("id,close\n1,03/04/24\n2,03/23/24\n3,\n");
        DateColumns dates = DateColumns.detect(table, List.of("close"), Map.of());
        assertThat(dates.formatOf("close")).isEqualTo(DateFormat.MDY_SHORT);
        assertThat(dates.ambiguous()).isEmpty();
    }

    @Test
    void aColumnEveryValueOfWhichReadsTwoWaysIsAskedAbout() {
        CsvTable table = table("id,close\n1,03/04/24\n2,05/06/24\n");
        DateColumns dates = DateColumns.detect(table, List.of("close"), Map.of());
        assertThat(dates.formatOf("close")).isNull();
        assertThat(dates.ambiguous()).singleElement().satisfies(c -> {
            assertThat(c.candidates()).containsExactlyInAnyOrder(DateFormat.MDY_SHORT, DateFormat.DMY_SHORT);
            assertThat(c.examples()).containsExactly("03/04/24", "05/06/24");
        });
        DateColumns answered = DateColumns.detect(table, List.of("close"), Map.of("close", DateFormat.DMY_SHORT));
        assertThat(answered.formatOf("close")).isEqualTo(DateFormat.DMY_SHORT);
        assertThat(answered.ambiguous()).isEmpty();
    }

    @Test
    void anAmbiguousColumnFollowsTheFilesOtherDateColumn() {
        CsvTable table = table("id,close,created\n1,02/03/24,02/23/26 08:55 PM\n2,05/06/24,01/02/26 09:00 AM\n");
        DateColumns dates = DateColumns.detect(table, List.of("close", "created"), Map.of());
        assertThat(dates.formatOf("close")).isEqualTo(DateFormat.MDY_SHORT);
        assertThat(dates.formatOf("created")).isEqualTo(DateFormat.MDY_SHORT);
        assertThat(dates.columns().get(0).how()).isEqualTo("as created");
    }

    @Test
    void aMixedColumnTakesTheFormatOfMostValues() {
        CsvTable table = table("id,close\n1,2026-03-04\n2,2026-03-05\n3,03/23/2026\n");
        DateColumns dates = DateColumns.detect(table, List.of("close"), Map.of());
        assertThat(dates.formatOf("close")).isEqualTo(DateFormat.ISO);
    }

    private static CsvTable table(String csv) {
        try {
            return CsvTable.read(new ImportFile("t.csv", csv.getBytes(StandardCharsets.UTF_8)));
        } catch (CsvTable.Unreadable e) {
            throw new AssertionError(e);
        }
    }
}
