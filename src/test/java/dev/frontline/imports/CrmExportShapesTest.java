package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
 * Export shapes that stopped a first import (issue 13): won deals without an amount, a Salesforce
 * {@code Opportunity.csv} without an owner column, and an export with both an owner id and an owner name whose
 * people do not exist yet. Files are written here in the shapes the CRMs document; expected figures are counted off
 * the rows the test writes.
 */
@IntegrationTest
class CrmExportShapesTest {

    private static final String STAGES = "\"stages\":{\"Closed Won\":\"won\",\"Closed Lost\":\"lost\"}";

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
    void importsWonDealsWithoutAnAmountAsWinsOfUnknownAmountWithAWarningEach() throws Exception {
        StringBuilder file = new StringBuilder(
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n");
        int blank = 0;
        int priced = 0;
        for (int i = 1; i <= 40; i++) {
            boolean noAmount = i % 2 == 0 && blank < 19;
            file.append("NOAMT").append(i).append(",Violet Mclelland,GTX Basic,Cancity,Won,2026-09-01,2026-10-")
                    .append(String.format("%02d", 1 + i % 28)).append(',').append(noAmount ? "" : "100").append('\n');
            if (noAmount) {
                blank++;
            } else {
                priced++;
            }
        }
        String json = post(part("wins.csv", file.toString()), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].created").value(40))
                .andExpect(jsonPath("$.files[0].errors").isEmpty())
                .andExpect(jsonPath("$.files[0].warningCount").value(19))
                .andExpect(jsonPath("$.files[0].warnings[0].row").value(3))
                .andExpect(jsonPath("$.files[0].warnings[0].column").value("close_value"))
                .andExpect(jsonPath("$.files[0].warnings[0].message", containsString("amount unknown")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<?>>read(json, "$.files[0].warnings")).hasSize(19);
        assertThat(jdbc.sql("""
                        select count(*) from opportunity o join stage s on s.id = o.stage_id
                         where o.external_id like 'NOAMT%' and s.outcome = 'WON' and o.amount is null""")
                .query(Long.class).single()).isEqualTo(19);
        assertThat(priced).isEqualTo(21);
    }

    @Test
    void aWinWithoutAnAmountCountsAsAWinAndAddsNothingToRevenue() throws Exception {
        long team = teamOf("cara.losch");
        String file = """
                Id,OwnerId,OpportunityOwner,Name,StageName,Amount,CloseDate,CreatedDate
                006SHP000000001,005SHP000000001,Zzmove Courtney Brown,Deal 1,Closed Won,1000,2026-10-05,2026-09-01T10:00:00.000Z
                006SHP000000002,005SHP000000001,Zzmove Courtney Brown,Deal 2,Closed Won,,2026-10-06,2026-09-01T10:00:00.000Z
                006SHP000000003,005SHP000000001,Zzmove Courtney Brown,Deal 3,Closed Won,2500.50,2026-10-07,2026-09-02T10:00:00.000Z
                006SHP000000004,005SHP000000001,Zzmove Courtney Brown,Deal 4,Closed Lost,700,2026-10-08,2026-09-02T10:00:00.000Z
                """;
        post(part("Opportunity.csv", file), "{" + STAGES + ",\"owners\":{\"Zzmove Courtney Brown\":{\"create\":{\"team\":"
                + team + "}}}}").andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].warningCount").value(1))
                .andExpect(jsonPath("$.files[0].warnings[0].column").value("Amount"));

        long courtney = jdbc.sql("select id from person where display_name = 'Zzmove Courtney Brown'").query(Long.class).single();
        String results = mvc.perform(get("/api/v1/teams/" + team + "/results?period=2026-10")
                        .with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Map<String, Object> figures = JsonPath.<List<Map<String, Object>>>read(results,
                "$.reps[?(@.rep.id == " + courtney + ")].figures").get(0);
        assertThat(figures.get("won")).isEqualTo(3);
        assertThat(figures.get("lost")).isEqualTo(1);
        assertThat(new BigDecimal(String.valueOf(figures.get("wonRevenue")))).isEqualByComparingTo("3500.50");
        assertThat(new BigDecimal(String.valueOf(figures.get("winRate")))).isEqualByComparingTo("75");
        assertThat(new BigDecimal(String.valueOf(figures.get("avgWonDeal"))))
                .as("the average won deal is over the wins whose amount is known").isEqualByComparingTo("1750.25");
    }

    @Test
    void aSalesforceOpportunityExportWithoutAnOwnerColumnAsksForOneOwnerThenImports() throws Exception {
        String file = """
                Id,AccountId,Name,StageName,Amount,Probability,CloseDate,IsClosed,IsWon,CreatedDate
                006NOW000000001,001NOW000000001,Rollout,Prospecting,5000,10,2026-12-20,false,false,2026-11-01T09:00:00.000Z
                006NOW000000002,001NOW000000001,Upgrade,Closed Won,7000,100,2026-10-20,true,true,2026-09-01T09:00:00.000Z
                006NOW000000003,001NOW000000002,Renewal,Closed Lost,2000,0,2026-10-21,true,false,2026-09-03T09:00:00.000Z
                """;
        post(part("Opportunity.csv", file), "{" + STAGES + "}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("NEEDS_MAPPING"))
                .andExpect(jsonPath("$.files[0].kind").value("SALESFORCE_EXPORT"))
                .andExpect(jsonPath("$.mapping.defaults[0].field").value("owner"))
                .andExpect(jsonPath("$.mapping.defaults[0].required").value(true))
                .andExpect(jsonPath("$.mapping.defaults[0].files", contains("Opportunity.csv")));
        assertThat(deals("sf:006NOW%")).isZero();

        post(part("Opportunity.csv", file), "{" + STAGES + ",\"defaults\":{\"owner\":\"violet.mclelland\","
                + "\"product\":\"GTX Basic\"}}").andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].created").value(3));
        assertThat(jdbc.sql("""
                        select count(*) from opportunity o join person p on p.id = o.owner_id
                          join product pr on pr.id = o.product_id
                         where o.external_id like 'sf:006NOW%' and p.username = 'violet.mclelland'
                           and pr.name = 'GTX Basic'""").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void refusesADefaultOwnerWhoIsNotAPerson() throws Exception {
        String file = "Id,Name,StageName,Amount,CloseDate\n006BAD000000001,Deal,Prospecting,10,2026-12-20\n";
        post(part("Opportunity.csv", file), "{\"defaults\":{\"owner\":\"nobody.here\"}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("nobody.here")));
        post(part("Opportunity.csv", file), "{\"defaults\":{\"region\":\"East\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("owner, product and stage")));
    }

    @Test
    void resolvesOwnersByNameWhenTheExportAlsoHasTheirIdsAndCreatesTheUnknownOnesAsReps() throws Exception {
        long team = teamOf("cara.losch");
        String file = """
                Id,OwnerId,OpportunityOwner,Name,StageName,Amount,CloseDate
                006OWN000000001,005OWN000000001,Violet Mclelland,A,Prospecting,100,2026-12-20
                006OWN000000002,005OWN000000002,Zzmove Courtney Brown,B,Prospecting,200,2026-12-21
                006OWN000000003,005OWN000000002,Zzmove Courtney Brown,C,Prospecting,300,2026-12-22
                006OWN000000004,005OWN000000003,Marcus Ode,D,Prospecting,400,2026-12-23
                """;
        post(part("Opportunity.csv", file), null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.mapping.owners[*].value", containsInAnyOrder("Zzmove Courtney Brown", "Marcus Ode")))
                .andExpect(jsonPath("$.mapping.owners[?(@.value == 'Zzmove Courtney Brown')].rows", contains(2)));

        post(part("Opportunity.csv", file), "{\"owners\":{\"Zzmove Courtney Brown\":{\"create\":{\"team\":" + team
                + "}},\"Marcus Ode\":\"cara.losch\"}}").andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].created").value(4));

        assertThat(jdbc.sql("""
                        select p.title, p.team_id, (select count(*) from user_account a where a.person_id = p.id)
                          from person p where p.display_name = 'Zzmove Courtney Brown'""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getLong(3))).single())
                .as("a new rep of the chosen team, without a login").containsExactly("REP", team, 0L);
        assertThat(ownerOf("sf:006OWN000000001%")).isEqualTo("violet.mclelland");
        String courtney = jdbc.sql("select username from person where display_name = 'Zzmove Courtney Brown'")
                .query(String.class).single();
        assertThat(ownerOf("sf:006OWN000000002%")).isEqualTo(courtney);
        assertThat(ownerOf("sf:006OWN000000003%")).isEqualTo(courtney);
        assertThat(ownerOf("sf:006OWN000000004%")).isEqualTo("cara.losch");
    }

    @Test
    void aRejectedBatchCreatesNoRep() throws Exception {
        long team = teamOf("cara.losch");
        String file = """
                Id,OwnerId,OpportunityOwner,Name,StageName,Amount,CloseDate
                006REJ000000001,005REJ000000002,Zzmove Courtney Brown,B,Prospecting,200,2026-12-21
                006REJ000000002,005REJ000000002,Zzmove Courtney Brown,C,Prospecting,lots,2026-12-22
                """;
        post(part("Opportunity.csv", file), "{\"owners\":{\"Zzmove Courtney Brown\":{\"create\":{\"team\":" + team + "}}}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[0].errors[0].row").value(3));
        assertThat(jdbc.sql("select count(*) from person where display_name = 'Zzmove Courtney Brown'")
                .query(Long.class).single()).isZero();
        assertThat(deals("sf:006REJ%")).isZero();
    }

    @Test
    void refusesToCreateAnOwnerInATeamThatDoesNotExist() throws Exception {
        String file = "Id,OpportunityOwner,StageName,CloseDate\n006NOT000000001,Zzmove Courtney Brown,Prospecting,2026-12-21\n";
        post(part("Opportunity.csv", file), "{\"owners\":{\"Zzmove Courtney Brown\":{\"create\":{\"team\":987654}}}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("987654")));
        post(part("Opportunity.csv", file), "{\"owners\":{\"Zzmove Courtney Brown\":{\"make\":\"rep\"}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("create")));
    }

    private long teamOf(String username) {
        return jdbc.sql("select t.id from team t join person p on p.id = t.manager_id where p.username = :u")
                .param("u", username)
                .query(Long.class).single();
    }

    private long deals(String externalIds) {
        return jdbc.sql("select count(*) from opportunity where external_id like :ids").param("ids", externalIds)
                .query(Long.class).single();
    }

    private String ownerOf(String externalId) {
        return jdbc.sql("""
                        select p.username from opportunity o join person p on p.id = o.owner_id
                         where o.external_id like :id""").param("id", externalId).query(String.class).single();
    }

    private static MockMultipartFile part(String name, String content) {
        return ImportUploads.part(name, content);
    }

    private ResultActions post(MockMultipartFile file, String mapping) throws Exception {
        return ImportUploads.post(mvc, file, mapping);
    }
}
