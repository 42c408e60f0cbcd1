package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.shared.DataChanged;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An office's roll-up is computed once and kept until its data changes: a second view reads no deals, a quota set
 * for one of its teams is in the next view, and a change elsewhere leaves it kept.
 */
@IntegrationTest
class OfficeCacheTest {

    private static final String PERIOD = "2035-Q1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    long central;
    long centralTeam;
    long otherTeam;

    @BeforeEach
    void offices() {
        central = jdbc.sql("select id from region where name = 'Central'").query(Long.class).single();
        centralTeam = jdbc.sql("select min(id) from team where region_id = :r").param("r", central)
                .query(Long.class).single();
        otherTeam = jdbc.sql("select min(id) from team where region_id <> :r").param("r", central)
                .query(Long.class).single();
        events.publishEvent(DataChanged.everything());
    }

    @AfterEach
    void removeTheQuotas() {
        jdbc.sql("delete from quota where grain = 'QUARTER' and start_date = date '2035-01-01' and team_id is not null")
                .update();
        events.publishEvent(DataChanged.everything());
    }

    @Test
    void aSecondViewReadsNoDealsAndAQuotaOfItsTeamIsInTheNext() throws Exception {
        String uri = "/api/v1/regions/" + central + "/results?period=" + PERIOD;
        String[] body = new String[1];
        Statements.Count first = Statements.during(() -> body[0] = view(uri));
        Statements.Count second = Statements.during(() -> assertThat(view(uri)).isEqualTo(body[0]));
        assertThat(first.sql()).anyMatch(sql -> sql.contains("from opportunity"));
        assertThat(second.sql()).as(second.toString()).noneMatch(sql -> sql.contains("from opportunity"));
        assertThat(second.total()).isLessThan(first.total());

        setTeamQuota(otherTeam, 7_000);
        Statements.Count afterElsewhere = Statements.during(() -> assertThat(view(uri)).isEqualTo(body[0]));
        assertThat(afterElsewhere.sql()).as("another office's team changed").noneMatch(sql -> sql.contains("from opportunity"));

        BigDecimal before = quota(body[0]);
        setTeamQuota(centralTeam, 12_345);
        assertThat(quota(view(uri))).isEqualByComparingTo(before.add(new BigDecimal("12345")));
    }

    @Test
    void aTeamsResultsAreKeptForEveryoneWhoSeesTheTeamUntilItsDataChanges() throws Exception {
        String uri = "/api/v1/teams/" + centralTeam + "/results?period=" + PERIOD;
        String[] body = new String[1];
        Statements.Count first = Statements.during(() -> body[0] = view(uri));
        Statements.Count second = Statements.during(() -> assertThat(view(uri)).isEqualTo(body[0]));
        assertThat(first.sql()).anyMatch(sql -> sql.contains("from opportunity"));
        assertThat(second.sql()).as(second.toString()).noneMatch(sql -> sql.contains("from opportunity"));
        String asAdmin = mvc.perform(get(uri).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(asAdmin).isEqualTo(body[0]);

        setTeamQuota(otherTeam, 7_000);
        Statements.Count afterElsewhere = Statements.during(() -> assertThat(view(uri)).isEqualTo(body[0]));
        assertThat(afterElsewhere.sql()).as("another team changed").noneMatch(sql -> sql.contains("from opportunity"));

        Object before = JsonPath.read(body[0], "$.totals.quota");
        setTeamQuota(centralTeam, 12_345);
        Object after = JsonPath.read(view(uri), "$.totals.quota");
        assertThat(new BigDecimal(String.valueOf(after))).as("was " + before).isEqualByComparingTo("12345");
    }

    @Test
    void aSecondViewOfATeamsResultsPageReadsNoDealsForItsFiguresNorItsTrend() throws Exception {
        String uri = "/teams/" + centralTeam + "/results?period=" + PERIOD;
        Statements.Count first = Statements.during(() -> view(uri));
        Statements.Count second = Statements.during(() -> view(uri));
        assertThat(first.sql()).anyMatch(sql -> sql.contains("from opportunity"));
        assertThat(second.sql()).as(second.toString()).noneMatch(sql -> sql.contains("from opportunity"));
    }

    private void setTeamQuota(long team, int amount) throws Exception {
        mvc.perform(put("/api/v1/quotas").contentType(MediaType.APPLICATION_JSON).with(httpBasic("admin", "demo"))
                        .content("[{\"team\":" + team + ",\"period\":\"" + PERIOD + "\",\"amount\":" + amount + "}]"))
                .andExpect(status().isOk());
    }

    private String view(String uri) throws Exception {
        return mvc.perform(get(uri).with(httpBasic("director.central", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static BigDecimal quota(String json) {
        Object quota = JsonPath.read(json, "$.total.quota");
        return quota == null ? BigDecimal.ZERO : new BigDecimal(quota.toString());
    }
}
