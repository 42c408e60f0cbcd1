package dev.frontline.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.frontline.imports.ImportFile;
import dev.frontline.imports.RowError;
import dev.frontline.imports.internal.Validation.Checked;
import dev.frontline.imports.internal.Validation.DealRow;
import dev.frontline.imports.internal.Validation.Known;
import dev.frontline.organization.RosterLine;
import dev.frontline.pipeline.Outcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static final String PIPELINE_HEADER =
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n";

    private static final Known KNOWN = new Known(Set.of("moses frase"), Set.of("gtxbasic", "gtxpro"),
            Set.of("cancity"), Map.of("prospecting", Outcome.OPEN, "engaging", Outcome.OPEN, "won", Outcome.WON,
            "lost", Outcome.LOST));

    static CsvTable table(String text) throws CsvTable.Unreadable {
        return CsvTable.read(new ImportFile("test.csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    class Reading {

        @Test
        void countsTheHeaderAsRowOne() throws Exception {
            CsvTable t = table("product,series,sales_price\nGTX Basic,GTX,550\nMG Special,MG,55\n");

            assertThat(t.rows()).extracting(CsvTable.Row::number).containsExactly(2, 3);
        }

        @Test
        void countsABlankLineAsTheRowASpreadsheetShowsForIt() throws Exception {
            CsvTable t = table("product,series,sales_price\nGTX Basic,GTX,550\n\nMG Special,MG,55\n");

            assertThat(t.rows()).extracting(CsvTable.Row::number).containsExactly(2, 4);
        }

        @Test
        void readsHeadersInLowerCaseWithoutAByteOrderMark() throws Exception {
            CsvTable t = table("\uFEFFProduct , Series,SALES_PRICE\r\nGTX Basic,GTX,550\r\n");

            assertThat(t.header()).containsExactly("product", "series", "sales_price");
            assertThat(t.rows().get(0).get("product")).isEqualTo("GTX Basic");
        }

        @Test
        void keepsQuotedCommasInsideOneValueAndTrimsSpaces() throws Exception {
            CsvTable t = table("account,sector\n\"Acme, Inc.\" ,  retail \n");

            assertThat(t.rows().get(0).get("account")).isEqualTo("Acme, Inc.");
            assertThat(t.rows().get(0).get("sector")).isEqualTo("retail");
        }

        @Test
        void refusesAnEmptyFile() {
            assertThatThrownBy(() -> table("  \n")).isInstanceOf(CsvTable.Unreadable.class)
                    .hasMessage("The file is empty: it needs a header row and data rows");
        }

        @Test
        void refusesBinaryContent() {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

            assertThatThrownBy(() -> CsvTable.read(new ImportFile("logo.png", png)))
                    .isInstanceOf(CsvTable.Unreadable.class).hasMessageContaining("not a CSV file");
            assertThatThrownBy(() -> table("a,b\n1,\0\n"))
                    .isInstanceOf(CsvTable.Unreadable.class).hasMessageContaining("binary content");
        }

        @Test
        void refusesAHeaderWithAnEmptyColumnName() {
            assertThatThrownBy(() -> table("product,,sales_price\nA,B,1\n")).isInstanceOf(CsvTable.Unreadable.class)
                    .hasMessage("The header row has an empty column name (column 2)");
        }

        @Test
        void recognisesALayoutByItsColumnsInAnyOrder() throws Exception {
            assertThat(Layout.recognise(table("regional_office,manager,sales_agent,notes\n").header()))
                    .contains(Layout.TEAMS);
            assertThat(Layout.recognise(table("product,series\n").header())).isEmpty();
        }
    }

    @Nested
    class Teams {

        @Test
        void readsEachRepWithTheirManagerAndOffice() throws Exception {
            Checked<RosterLine> checked = Validation.teams(table(
                    "sales_agent,manager,regional_office\nAnna Snelling,Dustin Brinkmann,Central\n"));

            assertThat(checked.errors()).isEmpty();
            assertThat(checked.lines()).containsExactly(new RosterLine("Anna Snelling", "Dustin Brinkmann", "Central"));
        }

        @Test
        void refusesARepListedTwiceNamingTheFirstRow() throws Exception {
            Checked<RosterLine> checked = Validation.teams(table("""
                    sales_agent,manager,regional_office
                    Anna Snelling,Dustin Brinkmann,Central
                    Moses Frase,Dustin Brinkmann,Central
                    anna snelling,Cara Losch,East
                    """));

            assertThat(checked.errors()).containsExactly(new RowError(4, "sales_agent", "anna snelling",
                    "appears twice in this file (first at row 2)"));
        }

        @Test
        void refusesARepWhoManagesThemself() throws Exception {
            Checked<RosterLine> checked = Validation.teams(table(
                    "sales_agent,manager,regional_office\nAnna Snelling,Anna Snelling,Central\n"));

            assertThat(checked.errors()).extracting(RowError::row, RowError::column, RowError::value)
                    .containsExactly(tuple(2, "manager", "Anna Snelling"));
        }

        @Test
        void refusesARowWithMissingValuesOrColumns() throws Exception {
            Checked<RosterLine> checked = Validation.teams(table(
                    "sales_agent,manager,regional_office\n,Dustin Brinkmann,Central\nMoses Frase,Dustin Brinkmann\n"));

            assertThat(checked.errors()).extracting(RowError::row, RowError::column).contains(
                    tuple(2, "sales_agent"), tuple(3, null), tuple(3, "regional_office"));
            assertThat(checked.lines()).isEmpty();
        }
    }

    @Nested
    class Pipeline {

        @Test
        void shiftsEngageAndCloseDatesByWholeMonths() throws Exception {
            Checked<DealRow> checked = Validation.pipeline(table(PIPELINE_HEADER
                    + "A1,Moses Frase,GTX Basic,Cancity,Won,2017-10-31,2017-12-31,550\n"), KNOWN, 107);

            assertThat(checked.errors()).isEmpty();
            assertThat(checked.lines()).containsExactly(new DealRow("A1", "Moses Frase", "GTX Basic", "Cancity",
                    "Won", new BigDecimal("550.00"), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 30)));
        }

        @Test
        void matchesProductsIgnoringSpacesAndAnOpenDealNeedsNoCloseDate() throws Exception {
            Checked<DealRow> checked = Validation.pipeline(table(PIPELINE_HEADER
                    + "A1,moses frase,GTXPro,,Prospecting,,,\n"), KNOWN, 0);

            assertThat(checked.errors()).isEmpty();
            assertThat(checked.lines()).hasSize(1);
        }

        @Test
        void namesRowColumnAndValueOfEachBadCell() throws Exception {
            Checked<DealRow> checked = Validation.pipeline(table(PIPELINE_HEADER
                    + "A1,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-02-03,abc\n"
                    + "A2,Moses Frase,GTX Basic,Cancity,Lost,2017-13-45,2017-02-03,\n"
                    + "A3,Moses Frase,GTX Basic,Cancity,Negotiating,2017-01-02,,\n"
                    + ",Moses Frase,GTX Basic,Cancity,Engaging,2017-01-02,,\n"
                    + "A5,Nobody Known,Widget,Nowhere Inc,Engaging,2017-01-02,,-5\n"), KNOWN, 0);

            assertThat(checked.lines()).isEmpty();
            assertThat(checked.errors()).extracting(RowError::row, RowError::column, RowError::value).containsExactly(
                    tuple(2, "close_value", "abc"),
                    tuple(3, "engage_date", "2017-13-45"),
                    tuple(4, "deal_stage", "Negotiating"),
                    tuple(5, "opportunity_id", ""),
                    tuple(6, "close_value", "-5"),
                    tuple(6, "sales_agent", "Nobody Known"),
                    tuple(6, "product", "Widget"),
                    tuple(6, "account", "Nowhere Inc"));
        }

        @Test
        void aClosedDealNeedsACloseDateAndAWonDealWithoutAValueIsAWarning() throws Exception {
            Checked<DealRow> checked = Validation.pipeline(table(PIPELINE_HEADER
                    + "A1,Moses Frase,GTX Basic,Cancity,Lost,2017-01-02,,\n"
                    + "A2,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-02-03,\n"
                    + "A3,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-02-03,100\n"), KNOWN, 0);

            assertThat(checked.errors()).extracting(RowError::row, RowError::column, RowError::message).containsExactly(
                    tuple(2, "close_date", "is required for a lost deal"));
            assertThat(checked.warnings()).extracting(RowError::row, RowError::column, RowError::value)
                    .containsExactly(tuple(3, "close_value", ""));
            assertThat(checked.lines()).extracting(DealRow::externalId, DealRow::amount)
                    .containsExactly(tuple("A2", null), tuple("A3", new java.math.BigDecimal("100.00")));
        }

        @Test
        void refusesACloseDateBeforeTheEngageDate() throws Exception {
            Checked<DealRow> checked = Validation.pipeline(table(PIPELINE_HEADER
                    + "A1,Moses Frase,GTX Basic,Cancity,Lost,2017-05-02,2017-05-01,\n"), KNOWN, 0);

            assertThat(checked.errors()).containsExactly(new RowError(2, "close_date", "2017-05-01",
                    "is before the engage date 2017-05-02"));
        }

        @Test
        void refusesAnOpportunityIdListedTwice() throws Exception {
            Checked<DealRow> checked = Validation.pipeline(table(PIPELINE_HEADER
                    + "A1,Moses Frase,GTX Basic,,Engaging,2017-05-02,,\n"
                    + "A1,Moses Frase,GTX Basic,,Engaging,2017-05-02,,\n"), KNOWN, 0);

            assertThat(checked.errors()).extracting(RowError::row, RowError::column, RowError::value)
                    .containsExactly(tuple(3, "opportunity_id", "A1"));
        }
    }

    @Test
    void reportsEveryBadRowOfAFileInFileOrder() throws Exception {
        List<RowError> errors = Validation.products(table(
                "product,series,sales_price\n,GTX,550\nGTX Basic,GTX,cheap\nGTX  basic,GTX,1\n")).errors();

        assertThat(errors).extracting(RowError::row, RowError::column, RowError::value, RowError::message)
                .containsExactly(
                        tuple(2, "product", "", "is required"),
                        tuple(3, "sales_price", "cheap", "is not a number"),
                        tuple(4, "product", "GTX  basic", "appears twice in this file (first at row 3)"));
    }
}
