package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The mapping step on the import page: the upload runs in the background, stops for the admin's mapping, and runs
 * again with it when confirmed, from the files kept on the server.
 */
@IntegrationTest
class CrmImportPageTest {

    private static final Pattern JOB_ID = Pattern.compile("id=\"job-([0-9a-f-]{36})\"");
    private static final Pattern PHASE = Pattern.compile("data-phase=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"((?:stage|owner)\\.\\d+\\.(?:name|value)|file\\.\\d+)\" value=\"([^\"]*)\">");

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
        MoveSandbox.remove(jdbc, events);
    }

    @Test
    void mapsStagesAndOwnersOnThePageAndImportsWithoutANewUpload() throws Exception {
        CrmFile file = CrmFile.load("salesforce-opportunity-export.csv");
        String job = upload(file);

        String page = awaitPhase(job, "Needs mapping");
        assertThat(page).contains("data-testid=\"map-stages\"", "data-testid=\"map-owners\"", "Closed Won",
                "005FLT000000001AAA", "value=\"violet.mclelland\"");
        assertThat(before.counts(jdbc)).isEqualTo(before.counts());

        Map<String, String> hidden = hiddenFields(page);
        MockHttpServletRequestBuilder confirm = confirm(job);
        hidden.forEach((name, value) -> {
            confirm.param(name, value);
            String index = name.replaceAll("\\D", "");
            if (name.startsWith("stage.")) {
                confirm.param("stage." + index + ".outcome", value.equals("Closed Won") ? "won"
                        : value.equals("Closed Lost") ? "lost" : "open");
            } else if (name.startsWith("owner.")) {
                confirm.param("owner." + index + ".person", value.startsWith("005FLT000000001")
                        ? "violet.mclelland" : "corliss.cosme");
            }
        });
        mvc.perform(confirm).andExpect(status().isOk());

        String done = awaitPhase(job, "Completed");
        assertThat(done).contains("salesforce export");
        assertThat(jdbc.sql("select count(*) from opportunity where external_id like 'sf:006FLT%'").query(Long.class)
                .single()).isEqualTo(file.rows().size());
    }

    @Test
    void mapsTheColumnsOfAnUnknownFileThenItsNewStage() throws Exception {
        CrmFile file = CrmFile.load("custom-deals.csv").replace(",Engaging,", ",Discovery,");
        String job = upload(file);

        String columns = awaitPhase(job, "Needs mapping");
        assertThat(columns).contains("data-testid=\"map-columns\"", "Columns of custom-deals.csv");
        mvc.perform(confirm(job).param("file.0", "custom-deals.csv").param("column.0.id", "Deal ID")
                        .param("column.0.owner", "Rep").param("column.0.stage", "Status")
                        .param("column.0.amount", "Value").param("column.0.closeDate", "Expected Close")
                        .param("column.0.name", ""))
                .andExpect(status().isOk());

        String stages = awaitPhase(job, "Needs mapping");
        assertThat(stages).contains("data-testid=\"map-stages\"", "Discovery").doesNotContain("map-columns");
        mvc.perform(confirm(job).param("stage.0.name", "Discovery").param("stage.0.outcome", "open"))
                .andExpect(status().isOk());

        awaitPhase(job, "Completed");
        assertThat(jdbc.sql("""
                        select s.outcome from opportunity o join stage s on s.id = o.stage_id
                         where o.external_id = 'csv:FLT-0002'""").query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void showsTheMappingFormAgainWithTheProblemWhenAMappingIsIncomplete() throws Exception {
        String job = upload(CrmFile.load("custom-deals.csv"));
        awaitPhase(job, "Needs mapping");

        mvc.perform(confirm(job).param("file.0", "custom-deals.csv").param("column.0.id", "Deal ID"))
                .andExpect(status().isOk());

        String again = awaitPhase(job, "Needs mapping");
        assertThat(again).contains("data-testid=\"mapping-problem\"", "needs a column for owner, stage");
        assertThat(before.counts(jdbc)).isEqualTo(before.counts());
    }

    @Test
    void asksForAnOwnerForEveryRowAndCreatesAnUnknownOwnerAsARepOnThePage() throws Exception {
        long team = jdbc.sql("select t.id from team t join person p on p.id = t.manager_id where p.username = 'cara.losch'")
                .query(Long.class).single();
        String noOwner = "Id,Name,StageName,Amount,CloseDate\n006PGE000000001,Rollout,Prospecting,100,2026-12-20\n";
        String job = upload(CrmFile.of("Opportunity.csv", noOwner.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String page = awaitPhase(job, "Needs mapping");
        assertThat(page).contains("data-testid=\"map-defaults\"", "name=\"default.owner\"", "(Opportunity.csv)");
        mvc.perform(confirm(job).param("default.owner", "violet.mclelland")).andExpect(status().isOk());
        awaitPhase(job, "Completed");
        assertThat(jdbc.sql("""
                        select p.username from opportunity o join person p on p.id = o.owner_id
                         where o.external_id like 'sf:006PGE000000001%'""").query(String.class).single())
                .isEqualTo("violet.mclelland");

        String named = "Id,OwnerId,OpportunityOwner,StageName,CloseDate\n"
                + "006PGE000000002,005PGE000000001,Zzmove Page Owner,Prospecting,2026-12-20\n";
        String second = upload(CrmFile.of("Opportunity.csv", named.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String owners = awaitPhase(second, "Needs mapping");
        assertThat(owners).contains("data-testid=\"map-owners\"", "Zzmove Page Owner", "value=\"create:" + team + "\"")
                .doesNotContain(">005PGE000000001<");
        mvc.perform(confirm(second).param("owner.0.value", "Zzmove Page Owner").param("owner.0.person", "create:" + team))
                .andExpect(status().isOk());
        awaitPhase(second, "Completed");
        assertThat(jdbc.sql("select team_id from person where display_name = 'Zzmove Page Owner'").query(Long.class)
                .single()).isEqualTo(team);
    }

    @Test
    void asksForTheFormatOfDatesThatReadTwoWaysAndNamesHowTheFileWasRead() throws Exception {
        String ambiguous = "Id,Name,StageName,Amount,CloseDate\n006PGE000000011,Zzpage dates,Won,100,03/04/24\n";
        String job = upload(CrmFile.of("Opportunity.csv", ambiguous.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String page = awaitPhase(job, "Needs mapping");
        assertThat(page).contains("data-testid=\"map-dates\"", "name=\"date.0.format\"", "value=\"MM/DD/YY\"",
                "value=\"DD/MM/YY\"", "for example 03/04/24");
        mvc.perform(confirm(job).param("default.owner", "violet.mclelland").param("date.0.file", "Opportunity.csv")
                .param("date.0.column", "CloseDate").param("date.0.format", "DD/MM/YY")).andExpect(status().isOk());
        String done = awaitPhase(job, "Completed");
        assertThat(done).contains("data-testid=\"file-reading\"", "UTF-8, comma-separated",
                "CloseDate: DD/MM/YY (answered)");
        assertThat(jdbc.sql("select close_date from opportunity where name = 'Zzpage dates'")
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2024, 4, 3));
    }

    private String upload(CrmFile file) throws Exception {
        String body = mvc.perform(multipart("/imports").file(file.part()).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher id = JOB_ID.matcher(body);
        assertThat(id.find()).as("a job card").isTrue();
        return id.group(1);
    }

    private MockHttpServletRequestBuilder confirm(String job) {
        return post("/imports/jobs/" + job + "/mapping").header("HX-Request", "true").with(httpBasic("admin", "demo"));
    }

    private String awaitPhase(String job, String phase) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            body = mvc.perform(get("/imports/jobs/" + job).with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Matcher m = PHASE.matcher(body);
            if (m.find() && !m.group(1).equals("Queued") && !m.group(1).startsWith("Checking") && !m.group(1).startsWith("Waiting")
                    && !m.group(1).startsWith("Writing") && !m.group(1).equals("Checked") && !m.group(1).equals("Done")) {
                assertThat(m.group(1)).as(body).isEqualTo(phase);
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The job did not reach " + phase + ": " + body);
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }
}
