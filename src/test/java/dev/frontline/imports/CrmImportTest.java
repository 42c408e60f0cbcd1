package dev.frontline.imports;

import static dev.frontline.imports.CrmFile.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
 * Imports of CRM opportunity exports through the API: Salesforce reports and data exports, HubSpot deals and files
 * whose columns are mapped, with the mapping step for stages, owners and columns. Each test puts the database back
 * as it found it ({@link DataSnapshot}).
 */
@IntegrationTest
class CrmImportTest {

    private static final String REPORT = "salesforce-opportunity-report.csv";
    private static final String EXPORT = "salesforce-opportunity-export.csv";
    private static final String HUBSPOT = "hubspot-deals.csv";
    private static final String CUSTOM = "custom-deals.csv";

    private static final String REPORT_STAGES = """
            {"stages":{"Closed Won":"won","Closed Lost":"lost","Negotiation/Review":"open","Qualification":"open"}}""";
    private static final String HUBSPOT_STAGES = """
            {"stages":{"Closed Won":"won","Closed Lost":"lost","Appointment Scheduled":"open",
                       "Contract Sent":"open","Qualified To Buy":"open"}}""";
    private static final String EXPORT_MAPPING = """
            {"stages":{"Closed Won":"won","Closed Lost":"lost","Id. Decision Makers":"open","Negotiation":"open"},
             "owners":{"005FLT000000001AAA":"violet.mclelland","005flt000000002aaa":"Corliss Cosme"}}""";
    private static final String CUSTOM_COLUMNS = """
            {"columns":{"custom-deals.csv":{"id":"Deal ID","name":"Title","account":"Customer","owner":"Rep",
             "stage":"Status","amount":"Value","closeDate":"Expected Close","createdDate":"Opened"}}}""";

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
    void importsASalesforceOpportunityReportOnceItsNewStagesAreMapped() throws Exception {
        CrmFile file = CrmFile.load(REPORT);

        post(file, REPORT_STAGES).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].kind").value("SALESFORCE_REPORT"))
                .andExpect(jsonPath("$.files[0].rows").value(file.rows().size()))
                .andExpect(jsonPath("$.files[0].created").value(file.rows().size()))
                .andExpect(jsonPath("$.mapping").doesNotExist());

        Predicate<Map<String, String>> won = where("Stage", "Closed Won"::equals);
        assertThat(figures("sf:006FLT%", "WON")).isEqualTo(new Figures(file.count(won), file.sum("Amount", won)));
        assertThat(figures("sf:006FLT%", "LOST").deals()).isEqualTo(file.count(where("Stage", "Closed Lost"::equals)));
        assertThat(figures("sf:006FLT%", "OPEN").deals()).isEqualTo(
                file.count(where("Stage", s -> Set.of("Negotiation/Review", "Qualification", "Prospecting").contains(s))));
        assertThat(ownerOf("sf:006FLT000000004%")).as("owner by e-mail").isEqualTo("garret.kinder");
        assertThat(ownerOf("sf:006FLT000000001%")).as("owner by name").isEqualTo("violet.mclelland");
        assertThat(jdbc.sql("""
                        select name, close_date, created_date, amount from opportunity
                         where external_id like 'sf:006FLT000000004%'""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getBigDecimal(4))).single())
                .as("an open deal keeps its name, expected close date, created date and amount")
                .containsExactly("Northwind - Rollout", LocalDate.of(2026, 12, 18), LocalDate.of(2026, 11, 7),
                        new BigDecimal("95000.00"));
        assertThat(jdbc.sql("select count(*) from account where name in ('Flt Test Northwind Traders', "
                + "'Flt Test Contoso Ltd')").query(Long.class).single()).as("unknown accounts are created").isEqualTo(2);
        assertThat(stageOrder()).as("new open stages after the open ones, won after won, lost after lost")
                .containsExactly("Prospecting:OPEN", "Engaging:OPEN", "Negotiation/Review:OPEN", "Qualification:OPEN",
                        "Won:WON", "Closed Won:WON", "Lost:LOST", "Closed Lost:LOST");
    }

    @Test
    void usesTheSalesforceIdInItsEighteenCharacterFormWithASourcePrefix() throws Exception {
        post(CrmFile.load(REPORT), REPORT_STAGES).andExpect(status().isOk());

        assertThat(jdbc.sql("select external_id from opportunity where external_id like 'sf:006FLT000000001%'")
                .query(String.class).single()).isEqualTo("sf:006FLT000000001YBA"); // 006FL: F, L upper → Y; T0000: T → B; 00001 → A
    }

    @Test
    void asksForTheOutcomeOfUnknownStagesAndWritesNothingUntilTheyAreMapped() throws Exception {
        CrmFile file = CrmFile.load(REPORT);

        post(file, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("NEEDS_MAPPING"))
                .andExpect(jsonPath("$.files[0].kind").value("SALESFORCE_REPORT"))
                .andExpect(jsonPath("$.files[0].created").value(0))
                .andExpect(jsonPath("$.mapping.stages[*].name").value(containsInAnyOrder(
                        "Closed Won", "Closed Lost", "Negotiation/Review", "Qualification")))
                .andExpect(jsonPath("$.mapping.stages[?(@.name == 'Closed Won')].suggestedOutcome").value(hasItem("won")))
                .andExpect(jsonPath("$.mapping.stages[?(@.name == 'Closed Lost')].suggestedOutcome").value(hasItem("lost")))
                .andExpect(jsonPath("$.mapping.stages[?(@.name == 'Qualification')].suggestedOutcome").value(hasItem("open")))
                .andExpect(jsonPath("$.mapping.owners.length()").value(0))
                .andExpect(jsonPath("$.mapping.columns.length()").value(0));
        assertThat(before.counts(jdbc)).isEqualTo(before.counts());

        post(file, """
                {"stages":{"Closed Won":"won","Closed Lost":"lost","Negotiation/Review":"won","Qualification":"open"}}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
        assertThat(stageOrder()).contains("Negotiation/Review:WON", "Closed Lost:LOST", "Qualification:OPEN");
    }

    @Test
    void reimportingTheSameCrmFileChangesNothing() throws Exception {
        CrmFile file = CrmFile.load(HUBSPOT);
        post(file, HUBSPOT_STAGES).andExpect(status().isOk());
        DataSnapshot afterFirst = DataSnapshot.take(jdbc);

        post(file, HUBSPOT_STAGES).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].created").value(0))
                .andExpect(jsonPath("$.files[0].updated").value(0))
                .andExpect(jsonPath("$.files[0].unchanged").value(file.rows().size()));
        post(file, null).andExpect(status().isOk()) // the stages are known now: no mapping needed
                .andExpect(jsonPath("$.files[0].unchanged").value(file.rows().size()));
        assertThat(afterFirst.counts(jdbc)).isEqualTo(afterFirst.counts());
    }

    @Test
    void importsAHubSpotDealsExport() throws Exception {
        CrmFile file = CrmFile.load(HUBSPOT);

        post(file, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.files[0].kind").value("HUBSPOT_DEALS"))
                .andExpect(jsonPath("$.mapping.stages[?(@.name == 'Closed Won')].suggestedOutcome").value(hasItem("won")))
                .andExpect(jsonPath("$.mapping.stages[?(@.name == 'Appointment Scheduled')].suggestedOutcome")
                        .value(hasItem("open")));
        post(file, HUBSPOT_STAGES).andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].created").value(file.rows().size()));

        Predicate<Map<String, String>> won = where("Deal Stage", "Closed Won"::equals);
        assertThat(figures("hubspot:9100%", "WON")).isEqualTo(new Figures(file.count(won), file.sum("Amount", won)));
        assertThat(figures("hubspot:9100%", "OPEN")).isEqualTo(new Figures(
                file.count(where("Deal Stage", s -> !s.startsWith("Closed"))),
                file.sum("Amount", where("Deal Stage", s -> !s.startsWith("Closed")))));
        assertThat(ownerOf("hubspot:9100000002")).as("owner by name").isEqualTo("cara.losch");
        assertThat(ownerOf("hubspot:9100000003")).as("owner by e-mail").isEqualTo("elizabeth.anderson");
        assertThat(ownerOf("hubspot:9100000006")).as("owner by username").isEqualTo("garret.kinder");
        assertThat(jdbc.sql("select created_date from opportunity where external_id = 'hubspot:9100000001'")
                .query(LocalDate.class).single()).as("date of a date-time").isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void importsASalesforceDataExportOnceItsOwnerIdsAreMappedToPeople() throws Exception {
        CrmFile file = CrmFile.load(EXPORT);

        post(file, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("NEEDS_MAPPING"))
                .andExpect(jsonPath("$.files[0].kind").value("SALESFORCE_EXPORT"))
                .andExpect(jsonPath("$.mapping.owners[*].value").value(containsInAnyOrder(
                        "005FLT000000001AAA", "005FLT000000002AAA")))
                .andExpect(jsonPath("$.mapping.stages[?(@.name == 'Closed Won')].suggestedOutcome").value(hasItem("won")))
                .andExpect(jsonPath("$.mapping.stages[?(@.name == 'Closed Lost')].suggestedOutcome").value(hasItem("lost")))
                .andExpect(jsonPath("$.mapping.stages[?(@.name == 'Negotiation')].suggestedOutcome").value(hasItem("open")));
        assertThat(before.counts(jdbc)).isEqualTo(before.counts());

        post(file, EXPORT_MAPPING).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].created").value(file.rows().size()));

        Predicate<Map<String, String>> won = where("IsWon", "true"::equals);
        assertThat(figures("sf:006FLT%", "WON")).isEqualTo(new Figures(file.count(won), file.sum("Amount", won)));
        assertThat(figures("sf:006FLT%", "LOST").deals())
                .isEqualTo(file.count(r -> r.get("IsClosed").equals("true") && r.get("IsWon").equals("false")));
        assertThat(ownerOf("sf:006FLT000000101AAA")).isEqualTo("violet.mclelland");
        assertThat(ownerOf("sf:006FLT000000103AAA")).isEqualTo("corliss.cosme");
        assertThat(jdbc.sql("""
                        select a.name from opportunity o join account a on a.id = o.account_id
                         where o.external_id = 'sf:006FLT000000101AAA'""").query(String.class).single())
                .as("the account id names the account when the export has no account name")
                .isEqualTo("001FLT000000001AAA");
    }

    @Test
    void reportsAnOwnerLeftUnmappedAsARowError() throws Exception {
        post(CrmFile.load(EXPORT), """
                {"stages":{"Closed Won":"won","Closed Lost":"lost","Id. Decision Makers":"open","Negotiation":"open"},
                 "owners":{"005FLT000000001AAA":"violet.mclelland"}}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[0].errors[*].row").value(containsInAnyOrder(4, 5, 7)))
                .andExpect(jsonPath("$.files[0].errors[0].column").value("OwnerId"))
                .andExpect(jsonPath("$.files[0].errors[0].value").value("005FLT000000002AAA"));
        assertThat(before.counts(jdbc)).isEqualTo(before.counts());
    }

    @Test
    void refusesAMappingToAPersonWhoDoesNotExist() throws Exception {
        post(CrmFile.load(EXPORT), """
                {"owners":{"005FLT000000001AAA":"nobody.here"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("nobody.here")));
    }

    @Test
    void rejectsTheWholeCrmFileWhenOneRowIsBadNamingRowColumnAndValue() throws Exception {
        CrmFile file = CrmFile.load(HUBSPOT)
                .replace("9100000002,Acme - Seats top-up,Closed Won,1234.5,", "9100000002,Acme - Seats top-up,Closed Won,abc,")
                .replace("2026-06-02 08:00", "2026-02-30 08:00");

        post(file, HUBSPOT_STAGES).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[0].kind").value("HUBSPOT_DEALS"))
                .andExpect(jsonPath("$.files[0].created").value(0))
                .andExpect(jsonPath("$.files[0].errors.length()").value(2))
                .andExpect(jsonPath("$.files[0].errors[0].row").value(3))
                .andExpect(jsonPath("$.files[0].errors[0].column").value("Amount"))
                .andExpect(jsonPath("$.files[0].errors[0].value").value("abc"))
                .andExpect(jsonPath("$.files[0].errors[1].row").value(4))
                .andExpect(jsonPath("$.files[0].errors[1].column").value("Close Date"))
                .andExpect(jsonPath("$.files[0].errors[1].value").value("2026-02-30 08:00"));
        assertThat(before.counts(jdbc)).as("nothing written, new stages included").isEqualTo(before.counts());
    }

    @Test
    void asksForTheColumnsOfAFileWhoseHeaderMatchesNoLayoutThenImportsWithThem() throws Exception {
        CrmFile file = CrmFile.load(CUSTOM);

        post(file, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("NEEDS_MAPPING"))
                .andExpect(jsonPath("$.files[0].kind").value("UNKNOWN"))
                .andExpect(jsonPath("$.mapping.columns[0].file").value(CUSTOM))
                .andExpect(jsonPath("$.mapping.columns[0].header[0]").value("Deal ID"))
                .andExpect(jsonPath("$.mapping.columns[0].fields[?(@.field == 'id')].required").value(hasItem(true)))
                .andExpect(jsonPath("$.mapping.columns[0].fields[?(@.field == 'id')].suggestedColumn")
                        .value(hasItem("Deal ID")))
                .andExpect(jsonPath("$.mapping.columns[0].fields[?(@.field == 'owner')].suggestedColumn")
                        .value(hasItem("Rep")));
        assertThat(before.counts(jdbc)).isEqualTo(before.counts());

        post(file, CUSTOM_COLUMNS).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].kind").value("MAPPED"))
                .andExpect(jsonPath("$.files[0].created").value(file.rows().size()));

        Predicate<Map<String, String>> won = where("Status", "Won"::equals);
        assertThat(figures("csv:FLT-%", "WON")).isEqualTo(new Figures(file.count(won), file.sum("Value", won)));
        assertThat(ownerOf("csv:FLT-0003")).isEqualTo("violet.mclelland");
        assertThat(jdbc.sql("select close_date from opportunity where external_id = 'csv:FLT-0004'")
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 11, 13));
    }

    @Test
    void refusesAColumnMappingWithoutTheRequiredFields() throws Exception {
        post(CrmFile.load(CUSTOM), """
                {"columns":{"custom-deals.csv":{"id":"Deal ID","owner":"Rep"}}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("stage")));
    }

    @Test
    void recognisesAHeaderInAnyCaseAmongExtraColumns() throws Exception {
        String csv = "notes,RECORD ID,deal OWNER,Deal Stage,amount,CLOSE DATE,extra\n"
                + "n,9100000101,Violet Mclelland,Won,\"1,000\",2026-10-01,x\n";

        post(CrmFile.of("deals.csv", csv.getBytes(StandardCharsets.UTF_8)), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].kind").value("HUBSPOT_DEALS"))
                .andExpect(jsonPath("$.files[0].created").value(1));
        assertThat(figures("hubspot:9100000101", "WON")).isEqualTo(new Figures(1, new BigDecimal("1000")));
    }

    @Test
    void stillRefusesAFileWithTooFewColumnsToMap() throws Exception {
        post(CrmFile.of("notes.csv", "name,colour\nAnna,blue\n".getBytes(StandardCharsets.UTF_8)), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[0].errors[0].message").value(containsString("matches no known file layout")));
    }

    @Test
    void takesTheMappingAsAPartToo() throws Exception {
        CrmFile file = CrmFile.load(HUBSPOT);
        mvc.perform(multipart("/api/v1/imports").file(file.part())
                        .file(new MockMultipartFile("mapping", "", "application/json",
                                HUBSPOT_STAGES.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    private ResultActions post(CrmFile file, String mapping) throws Exception {
        var request = multipart("/api/v1/imports").file(file.part()).with(httpBasic("admin", "demo"));
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        return mvc.perform(request);
    }

    record Figures(long deals, BigDecimal amount) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Figures f && deals == f.deals && amount.compareTo(f.amount) == 0;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(deals);
        }
    }

    private Figures figures(String externalIds, String outcome) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(o.amount), 0) from opportunity o join stage s on s.id = o.stage_id
                         where o.external_id like :ids and s.outcome = :outcome""")
                .param("ids", externalIds).param("outcome", outcome)
                .query((rs, n) -> new Figures(rs.getLong(1), rs.getBigDecimal(2))).single();
    }

    private String ownerOf(String externalId) {
        return jdbc.sql("select p.username from opportunity o join person p on p.id = o.owner_id where o.external_id like :id")
                .param("id", externalId).query(String.class).single();
    }

    private List<String> stageOrder() {
        return jdbc.sql("select name || ':' || outcome from stage order by position").query(String.class).list();
    }
}
