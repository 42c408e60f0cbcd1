package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The browser sessions live in the database (Spring Session JDBC), so that any node serves any session: what a
 * signed-in request costs for it is one read of the session and one update of its last access, whatever it asks.
 */
@IntegrationTest
class SessionStoreTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedInRequestReadsItsSessionOnceAndTouchesItOnce() throws Exception {
        ApiClient session = ApiClient.mock(mvc).signIn("cara.losch", ApiClient.DEMO_PASSWORD);
        assertThat(session.get("/api/v1/me").status()).isEqualTo(200);

        for (int request = 0; request < 3; request++) {
            Statements.Count count = Statements.during(() -> assertThat(session.get("/api/v1/me").status())
                    .isEqualTo(200));
            assertThat(count.sql().stream().filter(s -> s.toLowerCase(Locale.ROOT).contains("spring_session")))
                    .as(count.toString()).hasSize(2)
                    .anySatisfy(s -> assertThat(s).startsWithIgnoringCase("select"))
                    .anySatisfy(s -> assertThat(s).startsWithIgnoringCase("update spring_session set"));
        }
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'cara.losch'")
                .query(Long.class).single()).isPositive();
    }
}
