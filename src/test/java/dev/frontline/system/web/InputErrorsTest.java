package dev.frontline.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule, module by module: input that cannot be read as what it should be is a 400, input that reads but is
 * wrong is a 422, and both name the field in {@code errors}.
 */
@IntegrationTest
@Transactional
class InputErrorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void resultsRefuseATrendOfTooManyPeriodsAs422AndAGrainThatIsNoneAs400() throws Exception {
        long rep = person("wilburn.farren");
        assertProblem(get("/api/v1/reps/" + rep + "/results").param("periods", "40"), "cara.losch", 422, "periods:");
        assertProblem(get("/api/v1/reps/" + rep + "/results").param("grain", "fortnight"), "cara.losch", 400, "grain:");
    }

    @Test
    void resultsRefuseAListWithAMissingItemNamingIt() throws Exception {
        assertProblem(json(put("/api/v1/goals"), "[null]"), "cara.losch", 422, "[0]:");
        assertProblem(json(put("/api/v1/quotas"), "[{\"rep\":\"wilburn.farren\",\"period\":\"2036-Q1\",\"amount\":1},null]"),
                "cara.losch", 422, "[1]:");
    }

    @Test
    void forecastRefusesACallForAnEndedPeriodAs422AndAnUnknownCategoryAs400() throws Exception {
        long rep = person("garret.kinder");
        assertProblem(json(put("/api/v1/reps/" + rep + "/calls"), "{\"period\":\"2026-Q2\",\"amount\":1}"),
                "garret.kinder", 422, "period:");
        long open = jdbc.sql("""
                        select o.id from opportunity o join stage s on s.id = o.stage_id join person p on p.id = o.owner_id
                         where p.username = 'wilburn.farren' and s.outcome = 'OPEN' order by o.id limit 1""")
                .query(Long.class).single();
        assertProblem(json(put("/api/v1/opportunities/" + open + "/forecast-category"), "{\"category\":\"maybe\"}"),
                "wilburn.farren", 400, "category:");
    }

    @Test
    void pipelineNamesAStatusThatIsNone() throws Exception {
        assertProblem(get("/api/v1/opportunities").param("status", "bogus"), "cara.losch", 422, "status:");
    }

    @Test
    void peopleAndCoachingRefuseAnAuditLimitOutOfRangeAs422() throws Exception {
        assertProblem(get("/api/v1/audit").param("limit", "0"), "admin", 422, "limit:");
        assertProblem(get("/api/v1/audit").param("kind", "coaching").param("limit", "5000"), "admin", 422, "limit:");
    }

    @Test
    void identityRefusesAnUnknownTimeZoneAs422() throws Exception {
        assertProblem(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/v1/me"),
                "{\"timeZone\":\"Mars/Olympus\",\"version\":0}"), "moses.frase", 422, "timeZone:");
    }

    private static RequestBuilder json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b,
                                       String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void assertProblem(RequestBuilder request, String user, int status, String fieldPrefix) throws Exception {
        org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b =
                (org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request;
        MockHttpServletResponse response = mvc.perform(b.with(httpBasic(user, "demo"))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<List<String>>read(body, "$.errors")).as(body).anySatisfy(e -> assertThat(e).startsWith(fieldPrefix));
    }

    private long person(String username) {
        return jdbc.sql("select id from person where username = :u").param("u", username).query(Long.class).single();
    }
}
