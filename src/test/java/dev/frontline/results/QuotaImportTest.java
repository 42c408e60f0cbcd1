package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Quotas by CSV (rep username, period, amount), recognised by header like every import. */
@IntegrationTest
class QuotaImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsQuotasAndAReimportChangesNothing() throws Exception {
        String csv = "rep,period,amount\r\nviolet.mclelland,2033-Q1,41000\r\nwilburn.farren,2033-Q1,39000\r\nwilburn.farren,2033-02,12000\r\n";
        upload(csv).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.files[0].kind").value("QUOTAS"))
                .andExpect(jsonPath("$.files[0].created").value(3));
        upload(csv).andExpect(status().isOk()).andExpect(jsonPath("$.files[0].unchanged").value(3));
        assertThat(jdbc.sql("select sum(amount) from quota where source = 'IMPORT' and start_date >= '2033-01-01'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("92000");
    }

    @Test
    void rejectsTheWholeFileWhenOneRowIsBad() throws Exception {
        long before = count();
        upload("rep,period,amount\r\nviolet.mclelland,2034-Q1,1000\r\nnobody.here,2034-Q1,1000\r\n"
                + "violet.mclelland,2034-Q9,1000\r\nviolet.mclelland,2034-Q2,-5\r\nviolet.mclelland,2034-Q1,2000\r\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.files[0].errors[0].row").value(3))
                .andExpect(jsonPath("$.files[0].errors[0].column").value("rep"))
                .andExpect(jsonPath("$.files[0].errors[0].value").value("nobody.here"))
                .andExpect(jsonPath("$.files[0].errors[1].column").value("period"))
                .andExpect(jsonPath("$.files[0].errors[1].value").value("2034-Q9"))
                .andExpect(jsonPath("$.files[0].errors[2].column").value("amount"))
                .andExpect(jsonPath("$.files[0].errors[3].message").value(org.hamcrest.Matchers.containsString("twice")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyTheAdminImports() throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(file("rep,period,amount\r\nviolet.mclelland,2035-Q1,1\r\n"))
                .with(httpBasic("cara.losch", "demo"))).andExpect(status().isForbidden());
    }

    private long count() {
        return jdbc.sql("select count(*) from quota").query(Long.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions upload(String csv) throws Exception {
        return mvc.perform(multipart("/api/v1/imports").file(file(csv)).with(httpBasic("admin", "demo")));
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "quotas.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
