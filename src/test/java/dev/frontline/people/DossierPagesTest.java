package dev.frontline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.organization.Organization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dossier pages and forms, as each viewer gets them. Writes go to Corliss Cosme's dossier. */
@IntegrationTest
class DossierPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    long id(String username) {
        return organization.findByUsername(username).orElseThrow().id();
    }

    MockHttpServletResponse page(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML).with(httpBasic(user, "demo")).with(csrf())).andReturn().getResponse();
    }

    String html(String uri, String user) throws Exception {
        MockHttpServletResponse response = page(get(uri), user);
        assertThat(response.getStatus()).as(uri + " as " + user).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachViewerGetsTheirOwnViewOfTheDossier() throws Exception {
        String uri = "/reps/" + id("violet.mclelland") + "/dossier";

        String manager = html(uri, "cara.losch");
        String self = html(uri, "violet.mclelland");
        String peer = html(uri, "corliss.cosme");

        assertThat(manager).contains("data-testid=\"competency-table\"", "data-testid=\"outlook\"", "Open private notes",
                "Rate Violet", "data-testid=\"demo-content\"", "Team skills map", "Percentile in team");
        assertThat(self).contains("data-testid=\"competency-table\"", "Rate yourself", "Share with my team")
                .doesNotContain("Open private notes", "Team skills map", "Add manager");
        assertThat(peer).contains("data-testid=\"peer-view\"", "Violet Mclelland")
                .doesNotContain("competency-table", "data-testid=\"outlook\"", "data-testid=\"motivations\"", "Open private notes");
    }

    @Test
    void theRepPageAndTheTeamBoardLinkToTheDossier() throws Exception {
        long violet = id("violet.mclelland");
        assertThat(html("/reps/" + violet, "cara.losch")).contains("href=\"/reps/" + violet + "/dossier\"");
        assertThat(html("/teams/" + organization.findById(violet).orElseThrow().teamId(), "cara.losch"))
                .contains("href=\"/reps/" + violet + "/dossier\"", "/skills\"");
    }

    @Test
    void theManagerRatesThroughTheFormAndOnlyChangesAreSaved() throws Exception {
        long corliss = id("corliss.cosme");
        MockHttpServletResponse saved = page(post("/reps/" + corliss + "/dossier/ratings")
                .param("level:closing", "1").param("note:closing", "Lost two renewals").param("level:prospecting", ""), "cara.losch");
        MockHttpServletResponse again = page(post("/reps/" + corliss + "/dossier/ratings")
                .param("level:closing", "1").param("note:closing", "Lost two renewals"), "cara.losch");

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/reps/" + corliss + "/dossier#competencies");
        assertThat(again.getStatus()).isEqualTo(302);
        String json = mvc.perform(get("/api/v1/reps/" + corliss + "/dossier").with(httpBasic("cara.losch", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(json, "$.competencies[?(@.key == 'closing')].managerRating")).containsExactly(1);
        assertThat(page(get("/reps/" + corliss + "/dossier/ratings"), "director.east").getStatus()).isEqualTo(403);
    }

    @Test
    void theRepsFormsKeepWhatWasTypedWhenSomethingIsWrong() throws Exception {
        long corliss = id("corliss.cosme");
        String form = html("/reps/" + corliss + "/dossier/motivations", "corliss.cosme");
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        MockHttpServletResponse clash = page(post("/reps/" + corliss + "/dossier/motivations").param("version", version)
                .param("rank:EARNINGS", "1").param("rank:MASTERY", "1").param("note:MASTERY", "Be the best"), "corliss.cosme");
        MockHttpServletResponse aspirations = page(post("/reps/" + corliss + "/dossier/aspirations").param("version", "1")
                .param("targetRole", "").param("targetBy", "soon").param("action:0", "Shadow Violet"), "corliss.cosme");

        assertThat(clash.getStatus()).isEqualTo(422);
        assertThat(clash.getContentAsString(StandardCharsets.UTF_8)).contains("share rank 1", "Be the best");
        assertThat(aspirations.getStatus()).isEqualTo(422);
        assertThat(aspirations.getContentAsString(StandardCharsets.UTF_8)).contains("Target role: required, at most 120 characters",
                "By when: 'soon' is not a period", "Shadow Violet");
    }

    @Test
    void privateNotesOpenInThePanelOnlyForTheManagerAndDirector() throws Exception {
        long corliss = id("corliss.cosme");

        MockHttpServletResponse added = page(post("/reps/" + corliss + "/dossier/notes").param("text", "Ask about the move"), "director.east");
        MockHttpServletResponse rep = page(get("/reps/" + corliss + "/dossier/notes"), "corliss.cosme");

        assertThat(added.getStatus()).isEqualTo(200);
        assertThat(added.getContentAsString(StandardCharsets.UTF_8)).contains("Ask about the move", "Director East");
        assertThat(html("/reps/" + corliss + "/dossier/notes", "cara.losch")).contains("Ask about the move");
        assertThat(rep.getStatus()).isEqualTo(404);
    }

    @Test
    void theSkillsMapIsAHeatMapWithStrengthsGapsAndPairings() throws Exception {
        String html = html("/teams/" + organization.findByUsername("violet.mclelland").orElseThrow().teamId() + "/skills", "cara.losch");

        assertThat(html).contains("data-testid=\"skills-map\"", "Collective strengths", "Collective gaps", "Who could help whom",
                "heat-", "Elizabeth Anderson", "skills-chart");
    }

    @Test
    void aKeyedFormAnswersAnUnknownFieldWith400AndABadValueWith422NamingTheField() throws Exception {
        long corliss = id("corliss.cosme");
        MockHttpServletResponse unknown = page(post("/reps/" + corliss + "/dossier/motivations").param("version", "1")
                .param("rank", "1"), "corliss.cosme");
        MockHttpServletResponse misshapen = page(post("/reps/" + corliss + "/dossier/aspirations").param("version", "1")
                .param("action:0:extra", "x"), "corliss.cosme");
        MockHttpServletResponse badRank = page(post("/reps/" + corliss + "/dossier/motivations").param("version", "1")
                .param("rank:EARNINGS", "first"), "corliss.cosme");
        MockHttpServletResponse badVersion = page(post("/admin/competencies/prospecting").param("version", "v2")
                .param("name", "Prospecting"), "admin");

        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("unknown field");
        assertThat(misshapen.getStatus()).isEqualTo(400);
        assertThat(badRank.getStatus()).isEqualTo(422);
        assertThat(badRank.getContentAsString(StandardCharsets.UTF_8)).contains("rank:EARNINGS", "first");
        assertThat(badVersion.getStatus()).isEqualTo(422);
        assertThat(badVersion.getContentAsString(StandardCharsets.UTF_8)).contains("version", "v2", "is not a whole number");
    }

    @Test
    void theAdminEditsTheFrameworkOnItsPageAndAStaleFormIsRefused() throws Exception {
        MockHttpServletResponse stale = page(post("/admin/competencies/prospecting").param("version", "99")
                .param("present", "true").param("active", "on").param("name", "Prospecting").param("description", "x")
                .param("level1", "a").param("level2", "b").param("level3", "c").param("level4", "d").param("level5", "e"), "admin");
        MockHttpServletResponse invalid = page(post("/admin/competencies").param("key", "x").param("name", ""), "admin");

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("changed this competency meanwhile");
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString(StandardCharsets.UTF_8)).contains("key: 2 to 40 lower-case letters", "name: required");
    }
}
