package dev.frontline.pipeline;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** API errors are RFC 9457 problem details that name what is wrong, and never leak internals. */
@IntegrationTest
class ApiProblemsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownStatusIsInvalidInputNamingTheValue() throws Exception {
        problem("/api/v1/opportunities?status=bogus", 422)
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("'bogus'"),
                        containsString("open, won or lost"))));
    }

    @Test
    void anUnknownStageIsInvalidInputNamingTheValueAndTheKnownStages() throws Exception {
        problem("/api/v1/opportunities?stage=Nope", 422)
                .andExpect(jsonPath("$.detail").value(allOf(containsString("'Nope'"),
                        containsString("Prospecting, Engaging, Won, Lost"))));
    }

    @Test
    void aPageSizeOutOfRangeIsInvalidInput() throws Exception {
        problem("/api/v1/opportunities?size=501", 422)
                .andExpect(jsonPath("$.detail").value(containsString("between 1 and 500")));
    }

    @Test
    void aParameterOfTheWrongTypeIsABadRequestNamingIt() throws Exception {
        problem("/api/v1/opportunities?teamId=abc", 400)
                .andExpect(jsonPath("$.detail").value(allOf(containsString("teamId"), containsString("'abc'"))));
    }

    @Test
    void anUnknownTeamIsNotFound() throws Exception {
        problem("/api/v1/teams/999999/members", 404)
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value(not(containsString("999999"))));
    }

    @Test
    void anUnknownOwnerIsNotFound() throws Exception {
        problem("/api/v1/opportunities?owner=no.body", 404);
    }

    @Test
    void anImportWithoutFilesIsABadRequest() throws Exception {
        mvc.perform(multipart("/api/v1/imports").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAnonymousCallerIsAskedToSignIn() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    @Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("cara.losch", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions problem(String uri, int status) throws Exception {
        return mvc.perform(get(uri).with(httpBasic("admin", "demo")))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
