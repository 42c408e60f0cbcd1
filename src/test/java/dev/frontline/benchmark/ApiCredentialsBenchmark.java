package dev.frontline.benchmark;

import dev.frontline.ApiClient;
import dev.frontline.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What each way of calling the API costs per call: {@code GET /api/v1/me} with HTTP Basic (a bcrypt check every
 * call), with a personal access token (a SHA-256 and one index read) and with a browser session (one read of the
 * login's session generation). Run with {@code ./mvnw -Pbenchmark test -Dtest=ApiCredentialsBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class ApiCredentialsBenchmark {

    static final int WARMUP = 30;
    static final int MEASURED = 100;

    @LocalServerPort
    int port;

    @Test
    void aTokenCostsAFractionOfHttpBasic() {
        ApiClient basic = ApiClient.http(port).demo("cara.losch");
        String token = basic.post("/api/v1/me/tokens", "{\"name\":\"benchmark\",\"access\":\"read\"}").read("$.token");
        ApiClient session = ApiClient.http(port).signIn("cara.losch", "demo");

        Stopwatch.Stats withBasic = Stopwatch.measure(basic, "/api/v1/me", WARMUP, MEASURED);
        Stopwatch.Stats withToken = Stopwatch.measure(ApiClient.http(port).token(token), "/api/v1/me", WARMUP, MEASURED);
        Stopwatch.Stats withSession = Stopwatch.measure(session, "/api/v1/me", WARMUP, MEASURED);
        System.out.printf(Locale.ROOT, """

                ==== API credentials benchmark (GET /api/v1/me, %d measured calls after %d warm-up) ====
                credential                median ms   p95 ms
                HTTP Basic                %9.2f   %6.2f
                personal access token     %9.2f   %6.2f
                browser session           %9.2f   %6.2f
                """, MEASURED, WARMUP, withBasic.median(), withBasic.p95(), withToken.median(), withToken.p95(),
                withSession.median(), withSession.p95());
    }
}
