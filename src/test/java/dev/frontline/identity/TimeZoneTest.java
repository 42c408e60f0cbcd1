package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user has a time zone, and "today" is theirs: at the tests' moment, 27 November 2026 12:00 UTC, it is already
 * 28 November on Kiritimati (UTC+14) and still 27 November in Honolulu (UTC−10). Changes roll back after each test.
 */
@IntegrationTest
@Transactional
class TimeZoneTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Browser tests sign these users in, and their browser reports its zone: each test starts without one. */
    @org.junit.jupiter.api.BeforeEach
    void nobodyHasAZoneYet() {
        jdbc.sql("update user_account set time_zone = null where username in ('moses.frase', 'violet.mclelland', 'cara.losch')")
                .update();
    }

    @Test
    void withoutAZoneOfTheirOwnAUserIsInFrontlinesDefaultZone() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("moses.frase", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value(java.time.ZoneOffset.UTC.getId()))
                .andExpect(jsonPath("$.ownTimeZone").value(false))
                .andExpect(jsonPath("$.today").value("2026-11-27"));
    }

    @Test
    void todayIsTheUsersOwnEverywhere() throws Exception {
        setZone("moses.frase", "Pacific/Kiritimati");

        mvc.perform(get("/api/v1/me").with(httpBasic("moses.frase", "demo")))
                .andExpect(jsonPath("$.timeZone").value("Pacific/Kiritimati"))
                .andExpect(jsonPath("$.ownTimeZone").value(true))
                .andExpect(jsonPath("$.today").value("2026-11-28"));
        String me = mvc.perform(get("/api/v1/me").with(httpBasic("moses.frase", "demo"))).andReturn().getResponse()
                .getContentAsString();
        long team = ((Number) JsonPath.<java.util.List<Object>>read(me, "$.teamIds").get(0)).longValue();
        String members = mvc.perform(get("/api/v1/teams/" + team + "/members").with(httpBasic("moses.frase", "demo")))
                .andReturn().getResponse().getContentAsString();
        Object id = JsonPath.<java.util.List<Object>>read(members, "$[?(@.username == 'moses.frase')].id").get(0);
        mvc.perform(get("/api/v1/reps/" + id + "/forecast").with(httpBasic("moses.frase", "demo")))
                .andExpect(jsonPath("$.asOf").value("2026-11-28"));
        mvc.perform(get("/api/v1/reps/" + id + "/forecast").with(httpBasic("dustin.brinkmann", "demo")))
                .andExpect(jsonPath("$.asOf").value("2026-11-27"));
    }

    @Test
    void aZoneThatDoesNotExistIsRefusedNamingTheField() throws Exception {
        mvc.perform(patch("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"Mars/Olympus_Mons\",\"version\":" + version("moses.frase") + "}")
                        .with(httpBasic("moses.frase", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value(org.hamcrest.Matchers.startsWith("timeZone:")));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        int version = version("moses.frase");
        setZone("moses.frase", "Europe/Berlin");

        mvc.perform(patch("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"Asia/Tokyo\",\"version\":" + version + "}")
                        .with(httpBasic("moses.frase", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(version("moses.frase")));
    }

    @Test
    void theBrowsersZoneIsTakenOnlyWhileTheUserHasNone() throws Exception {
        mvc.perform(post("/account/time-zone/detected").param("timeZone", "Pacific/Honolulu")
                        .with(httpBasic("violet.mclelland", "demo")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/account/time-zone/detected").param("timeZone", "Asia/Tokyo")
                        .with(httpBasic("violet.mclelland", "demo")).with(csrf()))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").with(httpBasic("violet.mclelland", "demo")))
                .andExpect(jsonPath("$.timeZone").value("Pacific/Honolulu"))
                .andExpect(jsonPath("$.today").value("2026-11-27"));
    }

    @Test
    void theSettingsPageSaysWhereTodayIsAndSavesAChoice() throws Exception {
        String page = mvc.perform(get("/account/profile").with(httpBasic("cara.losch", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Time zone", "Frontline's default").contains("Friday 27 November 2026");

        mvc.perform(post("/account/profile").param("timeZone", "Pacific/Kiritimati")
                        .param("version", Integer.toString(version("cara.losch")))
                        .with(httpBasic("cara.losch", "demo")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/account/profile").with(httpBasic("cara.losch", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Pacific/Kiritimati").contains("Saturday 28 November 2026");
    }

    private void setZone(String username, String zone) throws Exception {
        mvc.perform(patch("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timeZone\":\"" + zone + "\",\"version\":" + version(username) + "}")
                        .with(httpBasic(username, "demo")))
                .andExpect(status().isOk());
    }

    private int version(String username) throws Exception {
        String me = mvc.perform(get("/api/v1/me").with(httpBasic(username, "demo"))).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(me, "$.version");
    }
}
