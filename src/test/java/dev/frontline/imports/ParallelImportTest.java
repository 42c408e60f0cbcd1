package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identical imports sent at the same moment, over real HTTP connections so that they run on the server's threads
 * side by side: each one answers 200, and the rows exist once. Before imports were serialised, some of them lost the
 * race between "is this id there?" and "insert it" and answered 500 ({@code opportunity_external_id_uq}).
 */
@IntegrationTest
class ParallelImportTest {

    private static final int PARALLEL = 20;
    private static final String BOUNDARY = "----frontline-parallel-import";
    /** Five deals that do not exist yet, of known reps, products and accounts. */
    private static final String DEALS = """
            opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
            ZZPAR001,Moses Frase,GTX Basic,Cancity,Won,2026-10-02,2026-11-20,550
            ZZPAR002,Violet Mclelland,GTXPro,Betasoloin,Engaging,2026-11-01,,
            ZZPAR003,Darcel Schlecht,MG Special,Codehow,Lost,2026-09-14,2026-10-30,
            ZZPAR004,Versie Hillebrand,GTX Plus Basic,Zoomit,Prospecting,,,
            ZZPAR005,Anna Snelling,GTX Plus Pro,Rangreen,Won,2026-08-03,2026-11-02,5102
            """;
    private static final Pattern CREATED = Pattern.compile("\"created\"\\s*:\\s*(\\d+)");
    private static final Pattern UNCHANGED = Pattern.compile("\"unchanged\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private DataSnapshot before;

    @BeforeEach
    void remember() {
        before = DataSnapshot.take(jdbc);
    }

    @AfterEach
    void putBack() {
        before.restore(jdbc);
    }

    @Test
    void identicalImportsAtTheSameMomentEachAnswer200AndWriteTheRowsOnce() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(multipart("deals.csv", DEALS))).build();
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        List<HttpResponse<String>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            for (Future<HttpResponse<String>> call : calls) {
                answers.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(answers).allSatisfy(a -> assertThat(a.body()).contains("\"status\":\"COMPLETED\""));
        assertThat(answers.stream().mapToInt(a -> number(CREATED, a.body())).sum())
                .as("the five deals are created by exactly one of the imports").isEqualTo(5);
        assertThat(answers.stream().mapToInt(a -> number(UNCHANGED, a.body())).sum())
                .as("and every other import finds them as they are").isEqualTo(5 * (PARALLEL - 1));
        assertThat(jdbc.sql("select count(*) from opportunity where external_id like 'ZZPAR%'").query(Long.class)
                .single()).isEqualTo(5);
    }

    private static int number(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String multipart(String name, String content) {
        return "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + content + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
    }
}
