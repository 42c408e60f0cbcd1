package dev.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class StatementsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsWhatTheThreadSendsOnlyWhileCounting() throws Exception {
        jdbc.sql("select 1").query(Integer.class).single();
        Statements.Count two = Statements.during(() -> {
            jdbc.sql("select 1").query(Integer.class).single();
            jdbc.sql("select   2").query(Integer.class).single();
        });
        assertThat(two.sql()).containsExactly("select 1", "select 2");
    }

    @Test
    void aRequestCostsTheSameStatementsEachTime() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("cara.losch", "demo"))).andExpect(status().isOk());
        Statements.Count first = Statements.during(() -> mvc.perform(get("/api/v1/me")
                .with(httpBasic("cara.losch", "demo"))).andExpect(status().isOk()));
        Statements.Count second = Statements.during(() -> mvc.perform(get("/api/v1/me")
                .with(httpBasic("cara.losch", "demo"))).andExpect(status().isOk()));
        assertThat(first.total()).isPositive().isEqualTo(second.total());
    }
}
