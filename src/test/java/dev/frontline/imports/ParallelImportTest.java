package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.frontline.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Identical imports sent at the same moment, over real HTTP connections so that they run on the server's threads
 * side by side, or started together from the page (background jobs): each one completes, and the rows exist once.
 * Before imports were serialised ({@code ImportLock}) they raced between "is this id there?" and "insert it": 8 of
 * the 20 API imports answered 500 (a {@code DuplicateKeyException} on {@code opportunity_external_id_uq}), and page
 * jobs failed the same way.
 */
@IntegrationTest
class ParallelImportTest {

    private static final int PARALLEL = 20;
    private static final String BOUNDARY = "----frontline-parallel-import";
    /** Deals in the file: one write chunk, enough for unserialised imports to overlap between check and insert. */
    private static final int DEALS = 1000;
    /** Five kinds of deal, of known reps, products and accounts, repeated with new ids up to {@link #DEALS}. */
    private static final List<String> KINDS = List.of(
            "Moses Frase,GTX Basic,Cancity,Won,2026-10-02,2026-11-20,550",
            "Violet Mclelland,GTXPro,Betasoloin,Engaging,2026-11-01,,",
            "Darcel Schlecht,MG Special,Codehow,Lost,2026-09-14,2026-10-30,",
            "Versie Hillebrand,GTX Plus Basic,Zoomit,Prospecting,,,",
            "Anna Snelling,GTX Plus Pro,Rangreen,Won,2026-08-03,2026-11-02,5102");
    private static final Pattern CREATED = Pattern.compile("\"created\"\\s*:\\s*(\\d+)");
    private static final Pattern UNCHANGED = Pattern.compile("\"unchanged\"\\s*:\\s*(\\d+)");
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern JOB_ID = Pattern.compile("id=\"job-([0-9a-f-]{36})\"");
    /** The report's row: file, kind, rows, then created. */
    private static final Pattern REPORT_ROW = Pattern.compile(
            "<td>deals.csv</td><td>pipeline</td><td class=\"num\">" + DEALS + "</td><td class=\"num\">(\\d+)</td>");

    @Autowired
    MockMvc mvc;

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
        List<HttpResponse<String>> answers = together("/api/v1/imports", deals("ZZPAR"));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(answers).allSatisfy(a -> assertThat(a.body()).contains("\"status\":\"COMPLETED\""));
        assertThat(answers.stream().mapToInt(a -> number(CREATED, a.body())).sum())
                .as("the deals are created by exactly one of the imports").isEqualTo(DEALS);
        assertThat(answers.stream().mapToInt(a -> number(UNCHANGED, a.body())).sum())
                .as("and every other import finds them as they are").isEqualTo(DEALS * (PARALLEL - 1));
        assertThat(jdbc.sql("select count(*) from opportunity where external_id like 'ZZPAR%'").query(Long.class)
                .single()).isEqualTo(DEALS);
    }

    @Test
    void pageImportsStartedTogetherRunOneAfterAnotherAndAllComplete() throws Exception {
        List<HttpResponse<String>> uploads = together("/imports", deals("ZZPAG"));

        int created = 0;
        for (HttpResponse<String> upload : uploads) {
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
            Matcher id = JOB_ID.matcher(upload.body());
            assertThat(id.find()).as(upload.body()).isTrue();
            String card = finished(id.group(1));
            assertThat(card).as(card).contains("data-phase=\"Completed\"");
            Matcher row = REPORT_ROW.matcher(card);
            assertThat(row.find()).as(card).isTrue();
            created += Integer.parseInt(row.group(1));
        }
        assertThat(created).as("the deals are created by exactly one of the jobs").isEqualTo(DEALS);
        assertThat(jdbc.sql("select count(*) from opportunity where external_id like 'ZZPAG%'").query(Long.class)
                .single()).isEqualTo(DEALS);
    }

    /**
     * Posts the file as the admin {@link #PARALLEL} times at once, each on its own connection, in one signed-in
     * session: without a password check per request (HTTP Basic costs a bcrypt each) they reach the importer
     * together.
     */
    private List<HttpResponse<String>> together(String path, String file) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager()).build();
        String csrf = signIn(http);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("X-CSRF-TOKEN", csrf)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(multipartBody("deals.csv", file))).build();
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
        return answers;
    }

    /** Signs the admin in through the login form; answers the session's CSRF token. */
    private String signIn(HttpClient http) throws Exception {
        String login = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=admin&password=demo&_csrf=" + token(LOGIN_CSRF, login);
        http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/imports")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("signed in").isEqualTo(200);
        return token(PAGE_CSRF, page.body());
    }

    private static String token(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("a CSRF token").isTrue();
        return m.group(1);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String finished(String job) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        String card = "";
        while (System.currentTimeMillis() < deadline) {
            card = mvc.perform(get("/imports/jobs/" + job).with(httpBasic("admin", "demo")))
                    .andReturn().getResponse().getContentAsString();
            if (!card.contains("every 500ms")) {
                return card;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The job did not finish: " + card);
    }

    private static String deals(String prefix) {
        StringBuilder csv = new StringBuilder(
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n");
        for (int i = 0; i < DEALS; i++) {
            csv.append(String.format("%s%04d,", prefix, i)).append(KINDS.get(i % KINDS.size())).append('\n');
        }
        return csv.toString();
    }

    private static int number(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String multipartBody(String name, String content) {
        return "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + content + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
    }
}
