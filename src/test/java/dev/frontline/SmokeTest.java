package dev.frontline;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SmokeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void managerSeesOwnTeam() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("cara.losch", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("cara.losch"))
                .andExpect(jsonPath("$.roles[0]").value("MANAGER"))
                .andExpect(jsonPath("$.teamIds.length()").value(1));
    }
}
