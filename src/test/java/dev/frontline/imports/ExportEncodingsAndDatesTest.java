package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Exports as CRMs and spreadsheets write them (issue 13 points 3 and 5): dates in the formats of Salesforce,
 * HubSpot and European Excel, detected per column and asked about when two readings are possible; UTF-8 with and
 * without a byte-order mark, Windows-1252 and UTF-16 text; comma, semicolon and tab separators; quoted fields
 * with line breaks; decimal commas. Files are written here in the documented shapes; expected values are the ones
 * the test writes into them.
 */
@IntegrationTest
class ExportEncodingsAndDatesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private DataSnapshot before;

    @BeforeEach
    void remember() {
        before = DataSnapshot.take(jdbc);
    }

    @AfterEach
    void putBack() {
        before.restore(jdbc, events);
    }

    @Test
    void aSalesforceExportWithTwoDigitYearsReadsItsDatesAndNamesTheFormat() throws Exception {
        String file = """
                Id,AccountId,Name,StageName,Amount,Probability,CloseDate,IsClosed,IsWon,CreatedDate
                006DTS000000001,001DTS000000001,Zzcsv Acme renewal,Won,1200,100,02/03/24,true,true,02/23/26 08:55 PM
                006DTS000000002,001DTS000000001,Zzcsv Acme upsell,Lost,800,0,11/04/24,true,false,01/02/26 09:00 AM
                """;
        post(part("Opportunity.csv", file.getBytes(StandardCharsets.UTF_8)),
                "{\"defaults\":{\"owner\":\"violet.mclelland\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].dateFormats.CreatedDate").value("MM/DD/YY (detected)"))
                .andExpect(jsonPath("$.files[0].dateFormats.CloseDate").value("MM/DD/YY (as CreatedDate)"))
                .andExpect(jsonPath("$.files[0].encoding").value("UTF-8"))
                .andExpect(jsonPath("$.files[0].separator").value("comma"));
        assertThat(closeDate("Zzcsv Acme renewal")).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(closeDate("Zzcsv Acme upsell")).isEqualTo(LocalDate.of(2024, 11, 4));
    }

    @Test
    void asksWhichFormatWhenEveryDateReadsTwoWaysAndImportsByTheAnswer() throws Exception {
        String file = """
                Id,Name,StageName,Amount,CloseDate
                006DTS000000011,Zzcsv Ambiguous one,Won,100,03/04/24
                006DTS000000012,Zzcsv Ambiguous two,Won,200,05/06/24
                """;
        MockMultipartFile part = part("Opportunity.csv", file.getBytes(StandardCharsets.UTF_8));
        String owner = "\"defaults\":{\"owner\":\"violet.mclelland\"}";
        post(part, "{" + owner + "}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("NEEDS_MAPPING"))
                .andExpect(jsonPath("$.mapping.dates[0].file").value("Opportunity.csv"))
                .andExpect(jsonPath("$.mapping.dates[0].column").value("CloseDate"))
                .andExpect(jsonPath("$.mapping.dates[0].formats", containsInAnyOrder("MM/DD/YY", "DD/MM/YY")))
                .andExpect(jsonPath("$.mapping.dates[0].examples[0]").value("03/04/24"));
        assertThat(count("Zzcsv Ambiguous%")).isZero();

        post(part, "{" + owner + ",\"dateFormats\":{\"Opportunity.csv\":{\"CloseDate\":\"YY-MM\"}}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("not a date format")));
        post(part, "{" + owner + ",\"dateFormats\":{\"Opportunity.csv\":{\"Name\":\"DD/MM/YY\"}}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("not a date column")));
        post(part, "{" + owner + ",\"dateFormats\":{\"Other.csv\":{\"CloseDate\":\"DD/MM/YY\"}}}")
                .andExpect(status().isBadRequest());

        post(part, "{" + owner + ",\"dateFormats\":{\"Opportunity.csv\":{\"closedate\":\"dd/mm/yy\"}}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].dateFormats.CloseDate").value("DD/MM/YY (answered)"));
        assertThat(closeDate("Zzcsv Ambiguous one")).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(closeDate("Zzcsv Ambiguous two")).isEqualTo(LocalDate.of(2024, 6, 5));
    }

    @Test
    void aDateOutsideItsColumnsFormatIsReadTheWayTheFileSettlesWithAWarningOrElseIsARowError() throws Exception {
        String iso = """
                Id,Name,StageName,Amount,CloseDate
                006DTS000000021,Zzcsv Mixed one,Won,100,2026-10-01
                006DTS000000022,Zzcsv Mixed two,Won,100,2026-10-02
                """;
        String owner = "{\"defaults\":{\"owner\":\"violet.mclelland\"}}";
        post(part("Opportunity.csv", (iso + "006DTS000000024,Zzcsv Mixed four,Won,100,03/04/2026\n")
                .getBytes(StandardCharsets.UTF_8)), owner)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[0].errors[0].row").value(4))
                .andExpect(jsonPath("$.files[0].errors[0].value").value("03/04/2026"))
                .andExpect(jsonPath("$.files[0].errors[0].message", containsString("YYYY-MM-DD")));
        assertThat(count("Zzcsv Mixed%")).isZero();

        String mixed = iso + "006DTS000000023,Zzcsv Mixed three,Won,100,10/23/2026\n"
                + "006DTS000000024,Zzcsv Mixed four,Won,100,03/04/2026\n";
        post(part("Opportunity.csv", mixed.getBytes(StandardCharsets.UTF_8)), owner)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].dateFormats.CloseDate").value("YYYY-MM-DD (most values)"))
                .andExpect(jsonPath("$.files[0].warningCount").value(2))
                .andExpect(jsonPath("$.files[0].warnings[0].row").value(4))
                .andExpect(jsonPath("$.files[0].warnings[0].message", containsString("read as MM/DD/YYYY")));
        assertThat(closeDate("Zzcsv Mixed three")).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(closeDate("Zzcsv Mixed four")).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void europeanExcelCsvInWindows1252WithSemicolonsAndDecimalCommas() throws Exception {
        String file = "Record ID;Deal Name;Deal Stage;Deal Owner;Amount;Close Date;Associated Company\r\n"
                + "DTS-31;Zzcsv Müller Kühlung;Won;Violet Mclelland;1.234,50 €;04.10.2026;Zzcsv Société Générale\r\n"
                + "DTS-32;Zzcsv Straße;Engaging;Violet Mclelland;980,00;31.12.2026;Zzcsv Société Générale\r\n";
        post(part("deals.csv", file.getBytes(Charset.forName("windows-1252"))), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].kind").value("HUBSPOT_DEALS"))
                .andExpect(jsonPath("$.files[0].encoding").value("Windows-1252"))
                .andExpect(jsonPath("$.files[0].separator").value("semicolon"))
                .andExpect(jsonPath("$.files[0].dateFormats['Close Date']").value("DD.MM.YYYY (detected)"));
        assertThat(jdbc.sql("select amount::text from opportunity where name = 'Zzcsv Müller Kühlung'")
                .query(String.class).single()).isEqualTo("1234.50");
        assertThat(jdbc.sql("select amount::text from opportunity where name = 'Zzcsv Straße'")
                .query(String.class).single()).isEqualTo("980.00");
        assertThat(closeDate("Zzcsv Straße")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(jdbc.sql("select count(*) from account where name = 'Zzcsv Société Générale'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void unicodeTextFromExcelIsUtf16WithTabsAndQuotedLineBreaks() throws Exception {
        String file = "Record ID\tDeal Name\tDeal Stage\tDeal Owner\tAmount\tClose Date\tCreate Date\r\n"
                + "DTS-41\t\"Zzcsv Two\nlines, \"\"quoted\"\"\"\tWon\tViolet Mclelland\t$1,500.00\t2026-10-05 14:00\t"
                + "2026-09-01 09:30\r\n"
                + "DTS-42\tZzcsv Ωmega\tEngaging\tViolet Mclelland\t700\t2027-01-15 00:00\t2026-09-02 10:00\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xFF);
        bytes.write(0xFE);
        bytes.write(file.getBytes(StandardCharsets.UTF_16LE));
        post(part("hubspot-deals.txt", bytes.toByteArray()), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].created").value(2))
                .andExpect(jsonPath("$.files[0].encoding").value("UTF-16LE"))
                .andExpect(jsonPath("$.files[0].separator").value("tab"));
        assertThat(count("Zzcsv Two\nlines, \"quoted\"")).isEqualTo(1);
        assertThat(count("Zzcsv Ωmega")).isEqualTo(1);
        assertThat(closeDate("Zzcsv Ωmega")).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void excelCsvUtf8WithAByteOrderMarkAndASeparatorHint() throws Exception {
        String file = "sep=;\r\nRecord ID;Deal Name;Deal Stage;Deal Owner;Amount;Close Date\r\n"
                + "DTS-51;Zzcsv Café crème;Won;Violet Mclelland;250,5;2026/10/07\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(file.getBytes(StandardCharsets.UTF_8));
        post(part("deals.csv", bytes.toByteArray()), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].encoding").value("UTF-8 with BOM"))
                .andExpect(jsonPath("$.files[0].separator").value("semicolon"))
                .andExpect(jsonPath("$.files[0].dateFormats['Close Date']").value("YYYY/MM/DD (detected)"));
        assertThat(jdbc.sql("select amount::text from opportunity where name = 'Zzcsv Café crème'")
                .query(String.class).single()).isEqualTo("250.50");
        assertThat(closeDate("Zzcsv Café crème")).isEqualTo(LocalDate.of(2026, 10, 7));
    }

    private LocalDate closeDate(String name) {
        return jdbc.sql("select close_date from opportunity where name = ?").param(name).query(LocalDate.class)
                .single();
    }

    private long count(String namePattern) {
        return jdbc.sql("select count(*) from opportunity where name like ?").param(namePattern).query(Long.class)
                .single();
    }

    private static MockMultipartFile part(String name, byte[] content) {
        return ImportUploads.part(name, content);
    }

    private ResultActions post(MockMultipartFile file, String mapping) throws Exception {
        return ImportUploads.post(mvc, file, mapping);
    }
}
