package dev.frontline.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.shared.DataChanged;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list of teams keeps each whole team's total until what it was read from changes: a second view reads no
 * deal, the same page; a change of one rep's data reads that team's deals again and no other team's.
 */
@IntegrationTest
class TeamTotalsKeptTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aSecondViewReadsNoDealAndAChangedRepsTeamIsReadAgain() throws Exception {
        events.publishEvent(DataChanged.everything());
        String first = view();
        Statements.Count again = Statements.during(() -> assertThat(view()).isEqualTo(first));
        assertThat(again.sql()).as(again.toString()).noneMatch(sql -> sql.contains("from opportunity"));

        long rep = jdbc.sql("select min(owner_id) from opportunity").query(Long.class).single();
        events.publishEvent(DataChanged.people(List.of(rep)));
        Statements.Count changed = Statements.during(() -> assertThat(view()).isEqualTo(first));
        List<String> deals = changed.sql().stream().filter(sql -> sql.contains("from opportunity")).toList();
        assertThat(deals).as(changed.toString()).hasSize(1);
    }

    @Test
    void aTeamsBoardIsKeptForThoseWhoSeeTheWholeTeamAndAChangeOfOneOfItsRepsReadsItAgain() throws Exception {
        long team = jdbc.sql("select t.id from team t join person p on p.id = t.manager_id where p.username = 'cara.losch'")
                .query(Long.class).single();
        String uri = "/teams/" + team + "?period=2026-Q4";
        events.publishEvent(DataChanged.everything());
        String first = view(uri, "cara.losch");
        Statements.Count again = Statements.during(() -> assertThat(view(uri, "cara.losch")).isEqualTo(first));
        assertThat(again.sql()).as(again.toString()).noneMatch(sql -> sql.contains("from opportunity"));

        long rep = jdbc.sql("select min(id) from person where team_id = ? and title = 'REP'").param(team)
                .query(Long.class).single();
        events.publishEvent(DataChanged.people(List.of(rep)));
        Statements.Count changed = Statements.during(() -> assertThat(view(uri, "cara.losch")).isEqualTo(first));
        assertThat(changed.sql()).as(changed.toString()).anyMatch(sql -> sql.contains("from opportunity"));
    }

    private String view(String uri, String user) throws Exception {
        String page = mvc.perform(get(uri).with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.replaceAll("(csrf-token\" content|name=\"_csrf\" value)=\"[^\"]*\"", "$1=\"\"");
    }

    private String view() throws Exception {
        String page = mvc.perform(get("/teams?period=2026-Q4").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return page.replaceAll("(csrf-token\" content|name=\"_csrf\" value)=\"[^\"]*\"", "$1=\"\"");
    }
}
