package dev.frontline.benchmark;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
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

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTokenCostsAFractionOfHttpBasic() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("cara.losch:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"access\":\"read\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = JsonPath.read(made.body(), "$.token");
        BenchmarkClient session = new BenchmarkClient(port);
        session.signIn("cara.losch", "demo");

        double[] withBasic = measure("Authorization", basic);
        double[] withToken = measure("Authorization", "Bearer " + token);
        BenchmarkClient.Stats withSession = session.measure("/api/v1/me", WARMUP, MEASURED);
        System.out.printf(Locale.ROOT, """

                ==== API credentials benchmark (GET /api/v1/me, %d measured calls after %d warm-up) ====
                credential                median ms   p95 ms
                HTTP Basic                %9.2f   %6.2f
                personal access token     %9.2f   %6.2f
                browser session           %9.2f   %6.2f
                """, MEASURED, WARMUP, withBasic[0], withBasic[1], withToken[0], withToken[1], withSession.median(),
                withSession.p95());
    }

    private double[] measure(String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/me")).header(header, value).build();
        for (int i = 0; i < WARMUP; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            millis.add((System.nanoTime() - t) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
        }
        Collections.sort(millis);
        return new double[] {millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95))};
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
