package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The import API against the demo database. Every test leaves the data as it found it: an import that is accepted
 * changes nothing, and every other one is rejected whole; {@link #leavesTheDataAsItFoundIt()} checks that after
 * each test.
 */
@IntegrationTest
class ImportTest {

    private static final String PIPELINE_HEADER =
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n";
    /** Two deals that do not exist yet, valid in every respect: rows 2 and 3 of the files below. */
    private static final String NEW_DEALS = """
            ZZTEST01,Moses Frase,GTX Basic,Cancity,Won,2017-10-02,2017-11-20,550
            ZZTEST02,Violet Mclelland,GTXPro,,Engaging,2017-12-01,,
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> before;

    @BeforeEach
    void fingerprintTheData() {
        before = fingerprint();
    }

    @AfterEach
    void leavesTheDataAsItFoundIt() {
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from opportunity where external_id like 'ZZTEST%'").query(Long.class)
                .single()).isZero();
    }

    /**
     * The API imports dates as the file gives them, and the demo stored the pipeline shifted by 108 months and as it
     * stands today; so the pipeline file goes up the same way, as the deals now stand. (The file as shipped would move every
     * deal back to 2017, which is what it says, and would leave the demo, and the other tests, in the past.)
     */
    @Test
    void reimportingTheDatasetAsStoredChangesNothing() throws Exception {
        List<MockMultipartFile> files = List.of(
                file("sales_teams.csv", Dataset.bytes("sales_teams.csv")),
                file("products.csv", Dataset.bytes("products.csv")),
                file("accounts.csv", Dataset.bytes("accounts.csv")),
                file("sales_pipeline.csv", pipelineAsStored()));

        ResultActions result = post(files).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files.length()").value(4));

        for (var f : List.of("sales_teams.csv", "products.csv", "accounts.csv", "sales_pipeline.csv")) {
            int rows = Dataset.rows(f).size();
            String at = "$.files[?(@.name == '" + f + "')]";
            result.andExpect(jsonPath(at + ".rows").value(rows))
                    .andExpect(jsonPath(at + ".created").value(0))
                    .andExpect(jsonPath(at + ".updated").value(0))
                    .andExpect(jsonPath(at + ".unchanged").value(rows))
                    .andExpect(jsonPath(at + ".errors.length()").value(0));
        }
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("a close value that is not a number",
                        "ZZTEST03,Moses Frase,GTX Basic,Cancity,Won,2017-10-02,2017-11-20,abc", "close_value", "abc"),
                Arguments.of("a date that does not exist",
                        "ZZTEST06,Moses Frase,GTX Basic,Cancity,Won,2017-10-02,2017-13-45,550", "close_date",
                        "2017-13-45"),
                Arguments.of("an unknown stage",
                        "ZZTEST07,Moses Frase,GTX Basic,Cancity,Negotiating,2017-10-02,,", "deal_stage", "Negotiating"),
                Arguments.of("a missing opportunity id",
                        ",Moses Frase,GTX Basic,Cancity,Engaging,2017-10-02,,", "opportunity_id", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void rejectsTheWholeFileWhenOneRowIsBad(String why, String badRow, String column, String value) throws Exception {
        post(file("deals.csv", PIPELINE_HEADER + NEW_DEALS + badRow + "\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[0].kind").value("PIPELINE"))
                .andExpect(jsonPath("$.files[0].rows").value(3))
                .andExpect(jsonPath("$.files[0].created").value(0))
                .andExpect(jsonPath("$.files[0].errors.length()").value(1))
                .andExpect(jsonPath("$.files[0].errors[0].row").value(4))
                .andExpect(jsonPath("$.files[0].errors[0].column").value(column))
                .andExpect(jsonPath("$.files[0].errors[0].value").value(value))
                .andExpect(jsonPath("$.files[0].errors[0].message").isNotEmpty());
    }

    @Test
    void reportsEveryBadRowOfAFileWithItsRowColumnAndValue() throws Exception {
        String bad = badRows().map(a -> (String) a.get()[1]).reduce("", (all, row) -> all + row + "\n");

        post(file("deals.csv", PIPELINE_HEADER + NEW_DEALS + bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.files[0].errors[*].row").value(contains(4, 5, 6, 7)))
                .andExpect(jsonPath("$.files[0].errors[*].column").value(contains(
                        "close_value", "close_date", "deal_stage", "opportunity_id")));
    }

    @Test
    void rejectsATeamFileWithAllTheDealsThatCameWithIt() throws Exception {
        String teams = "sales_agent,manager,regional_office\nZztest Newrep,Zztest Newmanager,Zztest Office\n";
        String deals = PIPELINE_HEADER + "ZZTEST04,Zztest Newrep,GTX Basic,Cancity,Won,2017-10-02,2017-11-20,550\n"
                + "ZZTEST05,Zztest Newrep,GTX Basic,Cancity,Won,2017-10-02,2017-11-20,abc\n";

        post(List.of(file("teams.csv", teams), file("deals.csv", deals)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[?(@.kind == 'TEAMS')].errors.length()").value(0))
                .andExpect(jsonPath("$.files[?(@.kind == 'PIPELINE')].errors[0].row").value(3));

        assertThat(jdbc.sql("select count(*) from person where display_name like 'Zztest%'").query(Long.class)
                .single()).isZero();
    }

    static Stream<Arguments> unreadableFiles() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("sales_teams.csv"));
            out.write(Dataset.bytes("sales_teams.csv"));
            out.closeEntry();
        }
        return Stream.of(
                Arguments.of("empty.csv", new byte[0], "The file is empty"),
                Arguments.of("notes.csv", "name,colour\nAnna,blue\n".getBytes(StandardCharsets.UTF_8),
                        "matches no known file layout"),
                Arguments.of("logo.png", png, "not a CSV file"),
                Arguments.of("dataset.zip", zip.toByteArray(), "not a CSV file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void rejectsAFileItCannotReadWithAFileLevelMessage(String name, byte[] content, String message) throws Exception {
        post(file(name, content))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[0].name").value(name))
                .andExpect(jsonPath("$.files[0].kind").value("UNKNOWN"))
                .andExpect(jsonPath("$.files[0].errors.length()").value(1))
                .andExpect(jsonPath("$.files[0].errors[0].row").value(nullValue()))
                .andExpect(jsonPath("$.files[0].errors[0].column").value(nullValue()))
                .andExpect(jsonPath("$.files[0].errors[0].message").value(containsString(message)));
    }

    @Test
    void rejectsAGoodFileWhenAnotherFileOfTheBatchIsUnreadable() throws Exception {
        post(List.of(file("deals.csv", PIPELINE_HEADER + NEW_DEALS), file("empty.csv", new byte[0])))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[?(@.name == 'deals.csv')].created").value(0));
    }

    @Test
    void reportsAtMostOneHundredErrors() throws Exception {
        StringBuilder csv = new StringBuilder(PIPELINE_HEADER);
        for (int i = 0; i < 150; i++) {
            csv.append("ZZBAD").append(i).append(",Moses Frase,GTX Basic,Cancity,Won,2017-10-02,2017-11-20,abc\n");
        }

        post(file("deals.csv", csv.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.files[0].rows").value(150))
                .andExpect(jsonPath("$.files[0].errors.length()").value(100))
                .andExpect(jsonPath("$.files[0].errors[0].row").value(2))
                .andExpect(jsonPath("$.files[0].errors[99].row").value(101));
    }

    @Test
    void onlyAnAdministratorMayImport() throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(file("deals.csv", PIPELINE_HEADER + NEW_DEALS))
                        .with(httpBasic("cara.losch", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** The pipeline file as the demo holds it on the tests' today: the deals exactly as the demo stored them. */
    private static byte[] pipelineAsStored() {
        StringBuilder csv = new StringBuilder(PIPELINE_HEADER);
        for (String[] r : Dataset.demoPipeline()) {
            csv.append(String.join(",", r)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> fingerprint() {
        return jdbc.sql("""
                        select (select count(*) from region) as regions,
                               (select count(*) from team) as teams,
                               (select coalesce(sum(version), 0) from team) as team_versions,
                               (select count(*) from person) as people,
                               (select coalesce(sum(version), 0) from person) as person_versions,
                               (select count(*) from account) as accounts,
                               (select coalesce(sum(version), 0) from account) as account_versions,
                               (select count(*) from product) as products,
                               (select coalesce(sum(version), 0) from product) as product_versions,
                               (select count(*) from opportunity) as opportunities,
                               (select coalesce(sum(version), 0) from opportunity) as opportunity_versions,
                               (select sum(amount) from opportunity) as amounts,
                               (select max(close_date) from opportunity) as latest_close
                        """)
                .query().singleRow();
    }

    private static MockMultipartFile file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "text/csv", content);
    }

    private ResultActions post(MockMultipartFile file) throws Exception {
        return post(List.of(file));
    }

    private ResultActions post(List<MockMultipartFile> files) throws Exception {
        var request = multipart("/api/v1/imports");
        files.forEach(request::file);
        return mvc.perform(request.with(httpBasic("admin", "demo")));
    }
}
