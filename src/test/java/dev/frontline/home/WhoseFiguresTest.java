package dev.frontline.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every figure's label says whose it is: a rep on the team board sees "Your won revenue" with their own figure, never
 * their own figure under the team's name; the manager sees the team's total under the team's name.
 */
@IntegrationTest
class WhoseFiguresTest {

    private static final String REP = "anna.snelling";
    private static final String MANAGER = "dustin.brinkmann";
    private static final String TEAM = "Dustin Brinkmann's team";
    private static final Pattern TEAM_LINK = Pattern.compile("<a href=\"/teams/(\\d+)\\?period=[^\"]*\">" + TEAM + "</a>");

    @Autowired
    MockMvc mvc;

    @Test
    void repOnTheTeamBoardSeesTheirOwnFiguresLabelledAsTheirs() throws Exception {
        String own = figure(page(REP, "/"), "rep-won-revenue");
        String board = page(REP, "/teams/" + teamId());

        assertThat(board).contains("<div class=\"kpi-label\">Your won revenue</div>")
                .contains("<div class=\"kpi-label\">Your open pipeline</div>")
                .doesNotContain(TEAM + " won revenue").doesNotContain("data-testid=\"forecast-link\"")
                .contains("data-testid=\"board-partial\"");
        assertThat(figure(board, "team-won-revenue")).isEqualTo(own);
    }

    @Test
    void managerSeesTheTeamsTotalUnderTheTeamsName() throws Exception {
        String board = page(MANAGER, "/teams/" + teamId());

        assertThat(board).contains("<div class=\"kpi-label\">" + TEAM + " won revenue</div>")
                .doesNotContain("Your won revenue").doesNotContain("data-testid=\"board-partial\"");
        assertThat(figure(board, "team-won-revenue")).isNotEqualTo(figure(page(REP, "/"), "rep-won-revenue"));
    }

    @Test
    void repSeesNoTeamTotalInTheListOfTeams() throws Exception {
        String own = figure(page(REP, "/"), "rep-won-revenue");
        String teams = page(REP, "/teams");
        String row = teams.substring(teams.indexOf(TEAM + "</a>"));
        row = row.substring(0, row.indexOf("</tr>"));

        assertThat(row).contains("title=\"The team's figures are for its manager\">—</td>").doesNotContain(own);
        String managers = page(MANAGER, "/teams");
        String managersRow = managers.substring(managers.indexOf(TEAM + "</a>"));
        assertThat(managersRow.substring(0, managersRow.indexOf("</tr>"))).contains("<td class=\"num\">$");
    }

    @Test
    void aManagerOnARepsPageReadsTheRepsNameOnEachFigure() throws Exception {
        String repPage = page(REP, "/");
        Matcher self = Pattern.compile("href=\"/reps/(\\d+)/dossier\" data-testid=\"dossier-link\"").matcher(repPage);
        assertThat(self.find()).isTrue();

        assertThat(repPage).contains("<div class=\"kpi-label\">Your won revenue</div>");
        assertThat(page(MANAGER, "/reps/" + self.group(1)))
                .contains("<div class=\"kpi-label\">Anna Snelling's won revenue</div>")
                .doesNotContain("Your won revenue");
    }

    private long teamId() throws Exception {
        Matcher link = TEAM_LINK.matcher(page(MANAGER, "/teams"));
        assertThat(link.find()).as("link to the team on /teams").isTrue();
        return Long.parseLong(link.group(1));
    }

    private static String figure(String html, String testId) {
        Matcher m = Pattern.compile("data-testid=\"" + testId + "\">([^<]+)<").matcher(html);
        assertThat(m.find()).as(testId).isTrue();
        return m.group(1);
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(httpBasic(username, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
