package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A CRM's own history of its deals into Frontline's (issue 13 point 7): Salesforce's {@code OpportunityHistory}
 * export (one snapshot per change, fields as Salesforce documents them) and HubSpot's "Date entered …" columns of a
 * deals export. Files are written here; expected changes are read off the snapshots the test writes.
 */
@IntegrationTest
class CrmHistoryImportTest {

    private static final String OWNER = "{\"defaults\":{\"owner\":\"violet.mclelland\"}}";

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
        jdbc.sql("delete from opportunity_history where opportunity_id in (select id from opportunity where name like 'Zzhist%')")
                .update();
        before.restore(jdbc, events);
    }

    /** One history entry, as the test reads it back. */
    record Change(Instant at, String field, String oldValue, String newValue, String source) {
    }

    @Test
    void aSalesforceOpportunityHistoryExportBecomesEachDealsChangesOnceAndAllOrNothing() throws Exception {
        post("Opportunity.csv", """
                Id,Name,StageName,Amount,CloseDate,CreatedDate
                006HST000000001,Zzhist One,Won,1500,2026-10-20,2026-08-01T09:00:00.000Z
                006HST000000002,Zzhist Two,Engaging,900,2026-12-15,2026-09-01T09:00:00.000Z
                """, OWNER).andExpect(status().isOk());
        String history = """
                Id,OpportunityId,CreatedDate,StageName,Amount,CloseDate,Probability,ForecastCategory
                008HST000000001,006HST000000001,2026-08-01T09:00:00.000Z,Prospecting,1000,2026-09-30,10,Pipeline
                008HST000000003,006HST000000001,2026-10-20T16:30:00.000Z,Won,1500,2026-10-20,100,Closed
                008HST000000002,006HST000000001,2026-09-15T12:00:00.000Z,Engaging,1500,2026-10-31,60,BestCase
                008HST000000004,006HST000000002,2026-09-01T09:00:00.000Z,Engaging,900,2026-12-15,50,Commit
                008HST000000005,006HST999999999,2026-09-01T09:00:00.000Z,Engaging,100,2026-12-15,50,Pipeline
                """;
        post("OpportunityHistory.csv", history, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].kind").value("SALESFORCE_HISTORY"))
                .andExpect(jsonPath("$.files[0].created").value(15))
                .andExpect(jsonPath("$.files[0].unchanged").value(4));

        assertThat(changes("Zzhist One")).containsExactly(
                change("2026-08-01T09:00:00Z", "stage", null, "Prospecting"),
                change("2026-08-01T09:00:00Z", "amount", null, "1000.00"),
                change("2026-08-01T09:00:00Z", "close_date", null, "2026-09-30"),
                change("2026-08-01T09:00:00Z", "forecast_category", null, "PIPELINE"),
                change("2026-09-15T12:00:00Z", "stage", "Prospecting", "Engaging"),
                change("2026-09-15T12:00:00Z", "amount", "1000.00", "1500.00"),
                change("2026-09-15T12:00:00Z", "close_date", "2026-09-30", "2026-10-31"),
                change("2026-09-15T12:00:00Z", "forecast_category", "PIPELINE", "BEST_CASE"),
                change("2026-10-20T16:30:00Z", "stage", "Engaging", "Won"),
                change("2026-10-20T16:30:00Z", "close_date", "2026-10-31", "2026-10-20"),
                change("2026-10-20T16:30:00Z", "forecast_category", "BEST_CASE", null));
        assertThat(changes("Zzhist Two")).hasSize(4);

        post("OpportunityHistory.csv", history, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].created").value(0));
        assertThat(changes("Zzhist One")).hasSize(11);

        String bad = history.replace("2026-10-20T16:30:00.000Z,Won", ",Won")
                .replace("008HST000000004,006HST000000002,2026-09-01T09:00:00.000Z", "008HST000000004,006HST000000002,2026-09-02T09:00:00.000Z");
        post("OpportunityHistory.csv", bad, null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.files[0].errors[0].row").value(3))
                .andExpect(jsonPath("$.files[0].errors[0].column").value("CreatedDate"))
                .andExpect(jsonPath("$.files[0].errors[0].message", containsString("required")));
        assertThat(changes("Zzhist Two")).as("nothing written").hasSize(4);
    }

    @Test
    void hubspotsDateEnteredColumnsBecomeTheDealsStageChangesAndAReimportRecordsEachChangeOnce() throws Exception {
        String header = "Record ID,Deal Name,Deal Stage,Deal Owner,Amount,Close Date,"
                + "\"Date entered \"\"Appointment Scheduled (Sales Pipeline)\"\"\","
                + "\"Date entered \"\"Engaging (Sales Pipeline)\"\"\",\"Date entered \"\"Won (Sales Pipeline)\"\"\"\n";
        post("hubspot-deals.csv", header
                + "HST-1,Zzhist Hub,Engaging,Violet Mclelland,700,2026-12-20,2026-09-01 09:15,2026-09-20 14:00,\n",
                null).andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].dateFormats['Date entered \"Engaging (Sales Pipeline)\"']")
                        .value("YYYY-MM-DD (detected)"));
        assertThat(changes("Zzhist Hub")).containsExactly(
                change("2026-09-01T09:15:00Z", "stage", null, "Appointment Scheduled"),
                change("2026-09-20T14:00:00Z", "stage", "Appointment Scheduled", "Engaging"));

        post("hubspot-deals.csv", header
                + "HST-1,Zzhist Hub,Won,Violet Mclelland,800,2026-11-05,2026-09-01 09:15,2026-09-20 14:00,"
                + "2026-11-05 10:00\n", null).andExpect(status().isOk());
        List<Change> after = changes("Zzhist Hub");
        assertThat(after).filteredOn(c -> c.field().equals("stage")).containsExactly(
                change("2026-09-01T09:15:00Z", "stage", null, "Appointment Scheduled"),
                change("2026-09-20T14:00:00Z", "stage", "Appointment Scheduled", "Engaging"),
                change("2026-11-05T10:00:00Z", "stage", "Engaging", "Won"));
        assertThat(after).filteredOn(c -> c.field().equals("amount")).singleElement()
                .satisfies(c -> {
                    assertThat(c.oldValue()).isEqualTo("700.00");
                    assertThat(c.newValue()).isEqualTo("800.00");
                    assertThat(c.source()).isEqualTo("import");
                });
    }

    private static Change change(String at, String field, String oldValue, String newValue) {
        return new Change(Instant.parse(at), field, oldValue, newValue, "crm");
    }

    private List<Change> changes(String deal) {
        return jdbc.sql("""
                        select h.changed_at, h.field, h.old_value, h.new_value, h.source
                          from opportunity_history h join opportunity o on o.id = h.opportunity_id
                         where o.name = ?
                         order by h.changed_at, array_position(array['stage', 'amount', 'close_date', 'owner',
                                  'forecast_category'], h.field), h.id
                        """).param(deal)
                .query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private ResultActions post(String name, String content, String mapping) throws Exception {
        return ImportUploads.post(mvc, ImportUploads.part(name, content), mapping);
    }
}
