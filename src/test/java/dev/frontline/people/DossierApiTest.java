package dev.frontline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.organization.Organization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dossier API over the demo data: who sees what, who rates as whom, validation, versions. Writes go to reps
 * no other test reads the dossier of (Wilburn Farren, Rosie Papadopoulos in Cara Losch's team).
 */
@IntegrationTest
class DossierApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    long id(String username) {
        return organization.findByUsername(username).orElseThrow().id();
    }

    MockHttpServletResponse call(String method, String uri, String user, String body) throws Exception {
        var request = method.equals("GET") ? get(uri) : put(uri).contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON).with(httpBasic(user, "demo"))).andReturn().getResponse();
    }

    String ok(String method, String uri, String user, String body) throws Exception {
        MockHttpServletResponse response = call(method, uri, user, body);
        assertThat(response.getStatus()).as(method + " " + uri + " as " + user + ": " + response.getContentAsString())
                .isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    String dossier(String rep, String viewer) throws Exception {
        return ok("GET", "/api/v1/reps/" + id(rep) + "/dossier", viewer, "");
    }

    @Test
    void theManagerSeesTheWholeDossierWithEvidenceAndPerformanceBesideTheTeam() throws Exception {
        String json = dossier("violet.mclelland", "cara.losch");

        assertThat(JsonPath.<String>read(json, "$.access")).isEqualTo("FULL");
        assertThat(JsonPath.<Boolean>read(json, "$.demo")).isTrue();
        assertThat(JsonPath.<List<String>>read(json, "$.competencies[*].key")).hasSize(10).contains("closing", "negotiation");
        assertThat(JsonPath.<List<Integer>>read(json, "$.competencies[*].managerRating")).doesNotContainNull();
        assertThat(JsonPath.<List<String>>read(json, "$.strengths[*].evidence")).isNotEmpty().allMatch(e -> e.length() > 20);
        assertThat(JsonPath.<List<String>>read(json, "$.weaknesses[*].evidence")).isNotEmpty();
        assertThat(JsonPath.<List<String>>read(json, "$.performance[*].period"))
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(JsonPath.<List<Object>>read(json, "$.performance[*].team.winRate")).doesNotContainNull();
        assertThat(JsonPath.<List<Object>>read(json, "$.performance[*].percentile")).doesNotContainNull();
        assertThat(JsonPath.<String>read(json, "$.outlook.headline")).contains("2027-Q1");
        assertThat(JsonPath.<List<Object>>read(json, "$.motivations")).isNotEmpty();
        assertThat(JsonPath.<String>read(json, "$.aspirations.targetRole")).isNotBlank();
    }

    @Test
    void theRepSeesTheirOwnDossierAndTheirDirectorToo() throws Exception {
        assertThat(JsonPath.<String>read(dossier("violet.mclelland", "violet.mclelland"), "$.access")).isEqualTo("FULL");
        assertThat(JsonPath.<String>read(dossier("violet.mclelland", "director.east"), "$.access")).isEqualTo("FULL");
        assertThat(JsonPath.<String>read(dossier("violet.mclelland", "admin"), "$.access")).isEqualTo("FULL");
    }

    @Test
    void aPeerSeesOnlyNameRoleAndTheStrengthsTheRepChoseToShare() throws Exception {
        String own = dossier("rosie.papadopoulos", "rosie.papadopoulos");
        List<String> strengths = JsonPath.read(own, "$.strengths[*].key");
        assertThat(strengths).isNotEmpty();
        ok("PUT", "/api/v1/reps/" + id("rosie.papadopoulos") + "/shared-strengths", "rosie.papadopoulos",
                "{\"keys\":[\"" + strengths.get(0) + "\"]}");

        String peer = dossier("rosie.papadopoulos", "corliss.cosme");

        assertThat(JsonPath.<String>read(peer, "$.access")).isEqualTo("PEER");
        assertThat(JsonPath.<String>read(peer, "$.rep.displayName")).isEqualTo("Rosie Papadopoulos");
        assertThat(JsonPath.<String>read(peer, "$.rep.title")).isEqualTo("REP");
        assertThat(JsonPath.<List<String>>read(peer, "$.strengths[*].key")).containsExactly(strengths.get(0));
        assertThat(JsonPath.<List<Object>>read(peer, "$.competencies")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(peer, "$.weaknesses")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(peer, "$.motivations")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(peer, "$.performance")).isEmpty();
        assertThat(JsonPath.<Object>read(peer, "$.aspirations")).isNull();
        assertThat(JsonPath.<Object>read(peer, "$.outlook")).isNull();
    }

    @Test
    void aRepCannotShareWhatIsNotOneOfTheirStrengths() throws Exception {
        MockHttpServletResponse response = call("PUT", "/api/v1/reps/" + id("rosie.papadopoulos") + "/shared-strengths",
                "rosie.papadopoulos", "{\"keys\":[\"competency:made_up\"]}");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("competency:made_up");
    }

    @Test
    void outsideScopeTheDossierIsNotFound() throws Exception {
        long violet = id("violet.mclelland");
        for (String viewer : List.of("moses.frase", "dustin.brinkmann", "director.central")) {
            assertThat(call("GET", "/api/v1/reps/" + violet + "/dossier", viewer, "").getStatus()).as(viewer).isEqualTo(404);
        }
        assertThat(call("GET", "/api/v1/reps/" + id("cara.losch") + "/dossier", "admin", "").getStatus())
                .as("a manager has no dossier").isEqualTo(404);
    }

    @Test
    void whoRatesIsDecidedByWhoCallsAndEveryRatingIsKept() throws Exception {
        long wilburn = id("wilburn.farren");
        String uri = "/api/v1/reps/" + wilburn + "/ratings";

        String asManager = ok("PUT", uri, "cara.losch", "[{\"key\":\"closing\",\"level\":5,\"note\":\"Closed the Q4 deal\"}]");
        String asSelf = ok("PUT", uri, "wilburn.farren", "[{\"key\":\"closing\",\"level\":2}]");

        assertThat(JsonPath.<String>read(asManager, "$.rater")).isEqualTo("MANAGER");
        assertThat(JsonPath.<String>read(asSelf, "$.rater")).isEqualTo("SELF");
        Map<String, Object> closing = JsonPath.<List<Map<String, Object>>>read(asSelf, "$.competencies[?(@.key == 'closing')]").get(0);
        assertThat(closing).containsEntry("managerRating", 5).containsEntry("selfRating", 2)
                .containsEntry("managerNote", "Closed the Q4 deal").containsEntry("gap", -3).containsEntry("largeGap", true);
        assertThat(closing.get("ratedAt").toString()).startsWith("2026-11-27");
        String history = mvc.perform(get("/reps/" + wilburn + "/dossier/history").param("key", "closing")
                .with(httpBasic("cara.losch", "demo"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(history).contains("All 7 ratings of Closing"); // 3 demo manager + 2 demo self + 2 today
    }

    @Test
    void theDirectorThePeersAndTheAdminDoNotRate() throws Exception {
        String uri = "/api/v1/reps/" + id("violet.mclelland") + "/ratings";
        for (String viewer : List.of("director.east", "corliss.cosme", "admin")) {
            MockHttpServletResponse response = call("PUT", uri, viewer, "[{\"key\":\"closing\",\"level\":3}]");
            assertThat(response.getStatus()).as(viewer).isEqualTo(403);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    @Test
    void badRatingsAreRefusedNamingEachProblemAndNothingIsSaved() throws Exception {
        String uri = "/api/v1/reps/" + id("wilburn.farren") + "/ratings";
        String before = dossier("wilburn.farren", "cara.losch");

        MockHttpServletResponse invalid = call("PUT", uri, "cara.losch",
                "[{\"key\":\"prospecting\",\"level\":4},{\"key\":\"closng\",\"level\":3},{\"key\":\"negotiation\",\"level\":7}]");
        MockHttpServletResponse malformed = call("PUT", uri, "cara.losch", "[{\"key\":\"closing\",\"level\":\"high\"}]");

        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(JsonPath.<List<String>>read(invalid.getContentAsString(), "$.errors"))
                .anyMatch(e -> e.startsWith("ratings[1].key: unknown competency 'closng'"))
                .anyMatch(e -> e.equals("ratings[2].level: must be 1 to 5, not 7"));
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<Object>read(dossier("wilburn.farren", "cara.losch"), "$.competencies"))
                .isEqualTo(JsonPath.read(before, "$.competencies"));
    }

    @Test
    void theRepEditsTheirMotivationsAndAStaleVersionIsRefused() throws Exception {
        String uri = "/api/v1/reps/" + id("wilburn.farren") + "/motivations";
        int version = JsonPath.read(dossier("wilburn.farren", "wilburn.farren"), "$.motivationsVersion");

        String saved = ok("PUT", uri, "wilburn.farren", "{\"drivers\":[{\"driver\":\"mastery\",\"note\":\"Complex deals\"},"
                + "{\"driver\":\"CAREER_GROWTH\"}],\"version\":" + version + "}");
        MockHttpServletResponse stale = call("PUT", uri, "wilburn.farren", "{\"drivers\":[{\"driver\":\"EARNINGS\"}],\"version\":" + version + "}");
        MockHttpServletResponse manager = call("PUT", uri, "cara.losch", "{\"drivers\":[{\"driver\":\"EARNINGS\"}],\"version\":" + (version + 1) + "}");
        MockHttpServletResponse unknown = call("PUT", uri, "wilburn.farren", "{\"drivers\":[{\"driver\":\"FAME\"}],\"version\":" + (version + 1) + "}");

        assertThat(JsonPath.<List<String>>read(saved, "$.drivers[*].driver")).containsExactly("MASTERY", "CAREER_GROWTH");
        assertThat(JsonPath.<Integer>read(saved, "$.version")).isEqualTo(version + 1);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<Integer>read(stale.getContentAsString(), "$.currentVersion")).isEqualTo(version + 1);
        assertThat(manager.getStatus()).isEqualTo(403);
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentAsString()).contains("unknown driver 'FAME'", "EARNINGS, RECOGNITION");
        String managerView = dossier("wilburn.farren", "cara.losch");
        assertThat(JsonPath.<List<String>>read(managerView, "$.motivations[*].label")).containsExactly("Mastery", "Career growth");
        assertThat(JsonPath.<String>read(managerView, "$.motivations[0].note")).isEqualTo("Complex deals");
    }

    @Test
    void theRepEditsTheirAspirationsAndTheManagerComments() throws Exception {
        long wilburn = id("wilburn.farren");
        int version = JsonPath.read(dossier("wilburn.farren", "wilburn.farren"), "$.aspirations.version");

        ok("PUT", "/api/v1/reps/" + wilburn + "/aspirations", "wilburn.farren", "{\"targetRole\":\"Team lead\","
                + "\"targetBy\":\"2027-q4\",\"actions\":[{\"text\":\"Run the Monday pipeline review\",\"done\":false}],"
                + "\"version\":" + version + "}");
        MockHttpServletResponse badDate = call("PUT", "/api/v1/reps/" + wilburn + "/aspirations", "wilburn.farren",
                "{\"targetRole\":\"Team lead\",\"targetBy\":\"someday\",\"version\":" + (version + 1) + "}");
        ok("PUT", "/api/v1/reps/" + wilburn + "/remarks/aspirations", "cara.losch", "{\"text\":\"Let us plan a stretch project\",\"version\":0}");
        MockHttpServletResponse repComments = call("PUT", "/api/v1/reps/" + wilburn + "/remarks/aspirations", "wilburn.farren",
                "{\"text\":\"Mine\",\"version\":1}");

        String json = dossier("wilburn.farren", "wilburn.farren");
        assertThat(JsonPath.<String>read(json, "$.aspirations.targetRole")).isEqualTo("Team lead");
        assertThat(JsonPath.<String>read(json, "$.aspirations.targetBy")).isEqualTo("2027-Q4");
        assertThat(JsonPath.<String>read(json, "$.aspirations.managerComment")).isEqualTo("Let us plan a stretch project");
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(badDate.getContentAsString()).contains("targetBy: 'someday' is not a period");
        assertThat(repComments.getStatus()).isEqualTo(403);
    }

    @Test
    void theManagerPinsWordsBesideStrengthsAndAStaleEditIsRefused() throws Exception {
        String uri = "/api/v1/reps/" + id("rosie.papadopoulos") + "/remarks/strengths";
        // The demo pinned words of its own (version 1); an edit sends the version it read.
        int version = JsonPath.read(dossier("rosie.papadopoulos", "cara.losch"), "$.pinned.strengthsVersion");

        ok("PUT", uri, "cara.losch", "{\"text\":\"Best discovery calls on the team\",\"version\":" + version + "}");
        MockHttpServletResponse stale = call("PUT", uri, "cara.losch", "{\"text\":\"Overwrite\",\"version\":"
                + version + "}");
        MockHttpServletResponse director = call("PUT", uri, "director.east", "{\"text\":\"Mine\",\"version\":"
                + (version + 1) + "}");
        MockHttpServletResponse topic = call("PUT", "/api/v1/reps/" + id("rosie.papadopoulos") + "/remarks/hobbies",
                "cara.losch", "{\"text\":\"x\",\"version\":0}");

        assertThat(JsonPath.<String>read(dossier("rosie.papadopoulos", "rosie.papadopoulos"), "$.pinned.strengths"))
                .isEqualTo("Best discovery calls on the team");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(director.getStatus()).isEqualTo(403);
        assertThat(topic.getStatus()).isEqualTo(422);
    }

    @Test
    void theSkillsMapHasEveryRepAndCompetencyAndFlagsLargeGaps() throws Exception {
        long teamA = organization.findByUsername("violet.mclelland").orElseThrow().teamId();

        String json = ok("GET", "/api/v1/teams/" + teamA + "/skills", "cara.losch", "");

        assertThat(JsonPath.<List<Object>>read(json, "$.reps")).hasSize(6);
        assertThat(JsonPath.<List<Object>>read(json, "$.competencies")).hasSize(10);
        assertThat(JsonPath.<Integer>read(json, "$.largeGapLevels")).isEqualTo(2);
        List<Map<String, Object>> flags = JsonPath.read(json, "$.largeGaps");
        assertThat(flags).allMatch(f -> Math.abs((Integer) f.get("selfRating") - (Integer) f.get("managerRating")) >= 2);
        assertThat(JsonPath.<List<Object>>read(json, "$.pairings[*].mentor")).isNotEmpty();
        assertThat(call("GET", "/api/v1/teams/" + teamA + "/skills", "violet.mclelland", "").getStatus()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/teams/" + teamA + "/skills", "dustin.brinkmann", "").getStatus()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/teams/" + teamA + "/skills", "director.east", "").getStatus()).isEqualTo(200);
    }

    @Test
    void theAdminEditsTheFrameworkWithVersions() throws Exception {
        String framework = ok("GET", "/api/v1/competencies", "violet.mclelland", "");
        assertThat(JsonPath.<List<String>>read(framework, "$[*].key")).startsWith("prospecting", "qualification");
        Map<String, Object> collaboration = JsonPath.<List<Map<String, Object>>>read(framework, "$[?(@.key == 'collaboration')]").get(0);
        int version = (Integer) collaboration.get("version");
        String body = "{\"name\":\"Collaboration\",\"description\":\"Wins together.\",\"levels\":[\"a\",\"b\",\"c\",\"d\",\"e\"],"
                + "\"version\":" + version + "}";

        String saved = ok("PUT", "/api/v1/competencies/collaboration", "admin", body);
        MockHttpServletResponse stale = call("PUT", "/api/v1/competencies/collaboration", "admin", body);
        MockHttpServletResponse fourLevels = call("PUT", "/api/v1/competencies/collaboration", "admin",
                "{\"name\":\"Collaboration\",\"levels\":[\"a\",\"b\",\"c\",\"d\"],\"version\":" + (version + 1) + "}");
        MockHttpServletResponse manager = call("PUT", "/api/v1/competencies/collaboration", "cara.losch", body);
        // restore the shipped wording
        ok("PUT", "/api/v1/competencies/collaboration", "admin", "{\"name\":\"Collaboration\",\"description\":"
                + "\"" + collaboration.get("description") + "\",\"levels\":" + JsonPath.parse(collaboration.get("levels")).jsonString()
                + ",\"version\":" + (version + 1) + "}");

        assertThat(JsonPath.<String>read(saved, "$.description")).isEqualTo("Wins together.");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(fourLevels.getStatus()).isEqualTo(422);
        assertThat(fourLevels.getContentAsString()).contains("levels: exactly five lines");
        assertThat(manager.getStatus()).isEqualTo(403);
    }
}
