package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.ApiClient.Part;
import dev.frontline.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.context.ApplicationEventPublisher;
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
    private static final Pattern PAGE_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern JOB_ID = Pattern.compile("id=\"job-([0-9a-f-]{36})\"");
    /** The report's row: file, kind, rows, then created. */
    private static final Pattern REPORT_ROW = Pattern.compile(
            "<td>deals.csv(?:<div[^<]*</div>)?</td><td>pipeline</td><td class=\"num\">" + DEALS + "</td><td class=\"num\">(\\d+)</td>");

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private DataSnapshot before;

    @BeforeEach
    void remember() {
        before = DataSnapshot.take(jdbc);
    }

    @AfterEach
    void putBack() {
        before.restore(jdbc, events);
    }

    @Test
    void identicalImportsAtTheSameMomentEachAnswer200AndWriteTheRowsOnce() throws Exception {
        List<Answer> answers = together("/api/v1/imports", deals("ZZPAR"));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
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
        List<Answer> uploads = together("/imports", deals("ZZPAG"));

        int created = 0;
        for (Answer upload : uploads) {
            assertThat(upload.status()).as(upload.body()).isEqualTo(200);
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
    private List<Answer> together(String path, String file) throws Exception {
        ApiClient admin = ApiClient.http(port).signIn("admin", "demo");
        Answer page = admin.get("/imports");
        assertThat(page.status()).as("signed in").isEqualTo(200);
        String csrf = token(PAGE_CSRF, page.body());
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        List<Answer> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return admin.upload(path, List.of(Part.csv("deals.csv", file)), Map.of(), false,
                            "X-CSRF-TOKEN", csrf);
                }));
            }
            for (Future<Answer> call : calls) {
                answers.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return answers;
    }

    private static String token(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("a CSRF token").isTrue();
        return m.group(1);
    }

    private String finished(String job) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        String card = "";
        while (System.currentTimeMillis() < deadline) {
            card = ApiClient.mock(mvc).demo("admin").get("/imports/jobs/" + job).body();
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
}
