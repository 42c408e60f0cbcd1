package dev.frontline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
 * Private notes: only the rep's manager and director see them; the rep, peers, other managers and directors and
 * the admin get 404; every read and write lands in the audit log, which only the admin reads. Notes here are about
 * Garret Kinder (Cara Losch's team, East); no other test reads his notes or audit entries.
 */
@IntegrationTest
class PrivateNotesTest {

    private static final String TEXT = "Struggling since the reorg; check in weekly.";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    long garret() {
        return organization.findByUsername("garret.kinder").orElseThrow().id();
    }

    MockHttpServletResponse call(String method, String uri, String user, String body) throws Exception {
        var request = switch (method) {
            case "POST" -> post(uri).contentType(MediaType.APPLICATION_JSON).content(body);
            case "PUT" -> put(uri).contentType(MediaType.APPLICATION_JSON).content(body);
            default -> get(uri);
        };
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON).with(httpBasic(user, "demo"))).andReturn().getResponse();
    }

    @Test
    void onlyTheManagerAndTheDirectorReadAndWriteNotesAndEveryAccessIsAudited() throws Exception {
        String notes = "/api/v1/reps/" + garret() + "/notes";

        MockHttpServletResponse created = call("POST", notes, "cara.losch", "{\"text\":\"" + TEXT + "\"}");
        assertThat(created.getStatus()).isEqualTo(201);
        long noteId = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        assertThat(JsonPath.<List<String>>read(call("GET", notes, "cara.losch", "").getContentAsString(), "$[*].text")).contains(TEXT);
        assertThat(JsonPath.<List<String>>read(call("GET", notes, "director.east", "").getContentAsString(), "$[*].text")).contains(TEXT);
        for (String nobody : List.of("garret.kinder", "violet.mclelland", "dustin.brinkmann", "director.central", "admin")) {
            MockHttpServletResponse response = call("GET", notes, nobody, "");
            assertThat(response.getStatus()).as(nobody).isEqualTo(404);
            assertThat(response.getContentAsString()).as(nobody).doesNotContain(TEXT);
            assertThat(call("POST", notes, nobody, "{\"text\":\"sneaky\"}").getStatus()).as(nobody).isEqualTo(404);
        }

        String audit = call("GET", "/api/v1/audit?kind=dossier&repId=" + garret(), "admin", "").getContentAsString();
        List<String> trail = JsonPath.read(audit, "$[*].actor");
        List<String> actions = JsonPath.read(audit, "$[*].action");
        assertThat(actions.subList(0, 13)).containsExactly("REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "READ", "READ", "CREATE");
        assertThat(trail.subList(0, 13)).containsExactly("admin", "admin", "director.central", "director.central",
                "dustin.brinkmann", "dustin.brinkmann", "violet.mclelland", "violet.mclelland", "garret.kinder",
                "garret.kinder", "director.east", "cara.losch", "cara.losch");
        List<Map<String, Object>> latest = JsonPath.read(audit, "$[0:13]");
        assertThat(latest.subList(0, 12)).as("reads and refusals name no single note").allMatch(e -> e.get("noteId") == null);
        assertThat(((Number) latest.get(12).get("noteId")).longValue()).isEqualTo(noteId);
        assertThat(JsonPath.<List<String>>read(audit, "$[*].rep")).containsOnly("Garret Kinder");
        assertThat(audit).doesNotContain(TEXT).doesNotContain("sneaky");
    }

    @Test
    void oneReadOfARepsNotesIsOneAuditEntryHoweverManyNotesThereAre() throws Exception {
        String notes = "/api/v1/reps/" + garret() + "/notes";
        for (int i = 1; i <= 3; i++) {
            assertThat(call("POST", notes, "cara.losch", "{\"text\":\"Note " + i + "\"}").getStatus()).isEqualTo(201);
        }
        String reads = "/api/v1/audit?kind=dossier&action=READ&repId=" + garret() + "&limit=1";
        long before = Long.parseLong(call("GET", reads, "admin", "").getHeader("X-Total-Count"));

        List<String> texts = JsonPath.read(call("GET", notes, "cara.losch", "").getContentAsString(), "$[*].text");

        assertThat(texts).hasSizeGreaterThanOrEqualTo(3);
        MockHttpServletResponse after = call("GET", reads, "admin", "");
        assertThat(Long.parseLong(after.getHeader("X-Total-Count"))).isEqualTo(before + 1);
        assertThat(JsonPath.<List<String>>read(after.getContentAsString(), "$[*].actor")).containsExactly("cara.losch");
    }

    @Test
    void onlyTheAuthorEditsANoteAndAStaleVersionIsRefused() throws Exception {
        String notes = "/api/v1/reps/" + garret() + "/notes";
        String note = call("POST", notes, "director.east", "{\"text\":\"Consider for the mentoring pilot\"}").getContentAsString();
        String uri = notes + "/" + JsonPath.read(note, "$.id");

        MockHttpServletResponse edited = call("PUT", uri, "director.east", "{\"text\":\"Mentoring pilot in Q1\",\"version\":0}");
        MockHttpServletResponse stale = call("PUT", uri, "director.east", "{\"text\":\"Lost update\",\"version\":0}");
        MockHttpServletResponse notAuthor = call("PUT", uri, "cara.losch", "{\"text\":\"Mine now\",\"version\":1}");
        MockHttpServletResponse empty = call("POST", notes, "cara.losch", "{\"text\":\"  \"}");

        assertThat(edited.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(edited.getContentAsString(), "$.version")).isEqualTo(1);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(notAuthor.getStatus()).isEqualTo(403);
        assertThat(empty.getStatus()).isEqualTo(422);
        String audit = call("GET", "/api/v1/audit?repId=" + garret() + "&limit=1", "admin", "").getContentAsString();
        assertThat(JsonPath.<List<String>>read(audit, "$[*].action")).containsExactly("UPDATE");
    }

    @Test
    void theAuditLogIsTheAdminsAlone() throws Exception {
        for (String user : List.of("cara.losch", "director.east", "violet.mclelland")) {
            assertThat(call("GET", "/api/v1/audit", user, "").getStatus()).as(user).isEqualTo(403);
        }
        MockHttpServletResponse page = mvc.perform(get("/admin/audit").accept(MediaType.TEXT_HTML)
                .with(httpBasic("admin", "demo"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Audit log of private notes");
    }

    @Test
    void theDossierNeverCarriesNotesAndTheRepsPageOffersNone() throws Exception {
        call("POST", "/api/v1/reps/" + garret() + "/notes", "cara.losch", "{\"text\":\"" + TEXT + "\"}");

        String dossierJson = call("GET", "/api/v1/reps/" + garret() + "/dossier", "cara.losch", "").getContentAsString();
        String ownPage = mvc.perform(get("/reps/" + garret() + "/dossier").with(httpBasic("garret.kinder", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String managerPage = mvc.perform(get("/reps/" + garret() + "/dossier").with(httpBasic("cara.losch", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse panel = mvc.perform(get("/reps/" + garret() + "/dossier/notes")
                .with(httpBasic("garret.kinder", "demo"))).andReturn().getResponse();

        assertThat(dossierJson).doesNotContain(TEXT);
        assertThat(ownPage).doesNotContain(TEXT).doesNotContain("Private notes");
        assertThat(managerPage).doesNotContain(TEXT).contains("Open private notes");
        assertThat(panel.getStatus()).isEqualTo(404);
    }
}
