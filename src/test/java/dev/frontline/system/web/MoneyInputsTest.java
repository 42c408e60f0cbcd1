package dev.frontline.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money has one bounded form (shared.Money, at most 999,999,999,999.99): every amount that comes in beyond it is a
 * 422 naming its field, never a 500 and never stored as something else; page forms with broken field names are a
 * 400 or 422 page.
 */
@IntegrationTest
@Transactional
class MoneyInputsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"1E+131072", "1e20", "1000000000000"})
    void anAmountBeyondTheMaximumIsRefusedNamingItsFieldEverywhere(String amount) throws Exception {
        long rep = person("garret.kinder");
        assertNamed(json(put("/api/v1/quotas"), "[{\"rep\":\"garret.kinder\",\"period\":\"2035-Q1\",\"amount\":" + amount + "}]"),
                "cara.losch", "amount");
        assertNamed(json(put("/api/v1/goals"), "[{\"rep\":\"garret.kinder\",\"period\":\"2035-Q1\",\"metric\":\"DEALS_WON\",\"target\":" + amount + "}]"),
                "cara.losch", "target");
        assertNamed(json(put("/api/v1/reps/" + rep + "/calls"), "{\"period\":\"2035-Q1\",\"amount\":" + amount + "}"),
                "garret.kinder", "amount");
        assertNamed(json(post("/api/v1/reps/" + rep + "/coaching-plans"), "{\"competency\":\"negotiation\",\"metric\":\"AVG_DEAL\","
                + "\"target\":" + amount + ",\"reviewOn\":\"2027-03-01\"}"), "cara.losch", "target");
        assertThat(jdbc.sql("select count(*) from quota where start_date = '2035-01-01'").query(Long.class).single()).isZero();
    }

    @Test
    void theLargestAmountIsKeptToTheCent() throws Exception {
        MockHttpServletResponse ok = mvc.perform(json(put("/api/v1/quotas"),
                "[{\"rep\":\"garret.kinder\",\"period\":\"2035-Q2\",\"amount\":999999999999.99}]")
                .with(httpBasic("cara.losch", "demo"))).andReturn().getResponse();
        assertThat(ok.getStatus()).as(ok.getContentAsString()).isEqualTo(200);
        assertThat(jdbc.sql("select amount from quota where start_date = '2035-04-01' and rep_id = :r")
                .param("r", person("garret.kinder")).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("999999999999.99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"amount:violet.mclelland", "amount:", "amount:999999999999999999999", "goal:x", "goal::"})
    void aQuotaFormWithAMalformedFieldNameIsA400Page(String field) throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/teams/" + teamOf("cara.losch") + "/" + (field.startsWith("goal")
                        ? "goals?period=2035-Q1" : "quotas")).param(field, "100")
                .with(httpBasic("cara.losch", "demo")).with(csrf()).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(page.getStatus()).isIn(400, 422);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("That did not work").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+131072", "1e20", "lots"})
    void aQuotaFormWithAnAmountOutOfBoundsOrNoneIs422NamingThePeriod(String amount) throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/teams/" + teamOf("cara.losch") + "/quotas")
                .param("amount:violet.mclelland:2035-Q3", amount)
                .with(httpBasic("cara.losch", "demo")).with(csrf()).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("2035-Q3");
    }

    @Test
    void aDealListBoundBeyondAnyAmountIsRefusedNotAServerError() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/opportunities").param("minAmount", "1E+131072")
                .with(httpBasic("cara.losch", "demo"))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isIn(400, 422);
        assertThat(r.getContentAsString()).contains("minAmount");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void assertNamed(MockHttpServletRequestBuilder request, String user, String field) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(body, "$.errors")).as(body).anySatisfy(e -> assertThat(e).contains(field + ":"));
    }

    private long person(String username) {
        return jdbc.sql("select id from person where username = :u").param("u", username).query(Long.class).single();
    }

    private long teamOf(String manager) {
        return jdbc.sql("select t.id from team t join person p on p.id = t.manager_id where p.username = :u")
                .param("u", manager).query(Long.class).single();
    }
}
