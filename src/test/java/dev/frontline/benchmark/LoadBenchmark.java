package dev.frontline.benchmark;

import dev.frontline.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test against a running Frontline: the manager's home {@code /}, the team results API and the team
 * forecast API, each at every concurrency for a fixed time, signed in once through the sign-in form (one session
 * shared by all workers, as a browser's tabs share theirs). Prints requests per second, median and 99th percentile
 * latency and errors (anything but 200, or no answer) per target and concurrency. Starts nothing:
 *
 * <pre>
 *   ./mvnw spring-boot:run                                   # in another shell
 *   ./mvnw -B -Pbenchmark test -Dtest=LoadBenchmark [-Dload.base-url=http://localhost:8080]
 *       [-Dload.concurrency=10,50] [-Dload.seconds=20] [-Dload.warmup-seconds=5] [-Dload.user=cara.losch]
 *       [-Dload.password=demo] [-Dload.period=2026-Q4]
 * </pre>
 *
 * Skipped (not failed) when nothing answers at the base URL, so that {@code ./mvnw -Pbenchmark test} still runs
 * the other benchmarks on their own. Bounded: (targets × concurrencies) × (seconds) plus one warm-up per target —
 * 2 min 15 s with the defaults. The
 * workers are platform threads, each sending its next request when the last one answered (a closed loop).
 */
@Tag("benchmark")
class LoadBenchmark {

    private static final String BASE = System.getProperty("load.base-url", "http://localhost:8080").replaceAll("/$", "");
    private static final List<Integer> CONCURRENCY = Arrays.stream(System.getProperty("load.concurrency", "10,50")
            .split(",")).map(String::trim).map(Integer::parseInt).toList();
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 20));
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("load.warmup-seconds", 5));
    private static final String USER = System.getProperty("load.user", "cara.losch");
    private static final String PASSWORD = System.getProperty("load.password", ApiClient.DEMO_PASSWORD);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Target(String name, String path, String accept) {
    }

    record Figures(long requests, long errors, double seconds, double p50, double p99) {
    }

    @Test
    void homeResultsAndForecastUnderLoad() throws Exception {
        Assumptions.assumeTrue(reachable(), "No Frontline answers at " + BASE + ": start one, or pass -Dload.base-url");
        String cookie = signIn();
        long team = team(cookie);
        String period = System.getProperty("load.period", currentQuarter());
        List<Target> targets = List.of(
                new Target("home /", "/", "text/html"),
                new Target("results API", "/api/v1/teams/" + team + "/results?period=" + period, "application/json"),
                new Target("forecast API", "/api/v1/teams/" + team + "/forecast?period=" + period, "application/json"));
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """

                ==== Load test against %s as %s (team %d, %s; %d s per run after a %d s warm-up per target) ====
                target          concurrency   requests    req/s   p50 ms   p99 ms   errors
                """, BASE, USER, team, period, RUN.toSeconds(), WARMUP.toSeconds()));
        for (Target target : targets) {
            run(target, CONCURRENCY.get(0), WARMUP, cookie);
            for (int c : CONCURRENCY) {
                Figures f = run(target, c, RUN, cookie);
                report.append(String.format(Locale.ROOT, "%-15s %11d %10d %8.1f %8.1f %8.1f %8d%n", target.name(), c,
                        f.requests(), f.requests() / f.seconds(), f.p50(), f.p99(), f.errors()));
            }
        }
        System.out.println(report);
    }

    /** {@code concurrency} workers sending the target's request back to back for {@code length}. */
    private Figures run(Target target, int concurrency, Duration length, String cookie) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + target.path())).header("Cookie", cookie)
                .header("Accept", target.accept()).timeout(Duration.ofSeconds(30)).GET().build();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            for (int i = 0; i < concurrency; i++) {
                workers.add(pool.submit(() -> {
                    long[] nanos = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = System.nanoTime() - t;
                    }
                    return Arrays.copyOf(nanos, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Figures(latencies.length, errors.get(), seconds, percentile(latencies, 0.50),
                    percentile(latencies, 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private boolean reachable() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Signs in through the form as a browser does and answers the session cookie ({@code JSESSIONID=…}). */
    private String signIn() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String anonymous = session(form);
        String body = "username=" + encode(USER) + "&password=" + encode(PASSWORD) + "&_csrf="
                + encode(ApiClient.csrf(form.body()));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
                .header("Cookie", anonymous).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Signing in as " + USER + " failed: " + signedIn.statusCode() + " " + location);
        }
        return session(signedIn);
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie from " + response.uri()));
    }

    /** The viewer's team: {@code /results} sends a manager to their team's results page. */
    private long team(String cookie) throws Exception {
        HttpResponse<Void> results = http.send(HttpRequest.newBuilder(URI.create(BASE + "/results"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.discarding());
        String location = results.headers().firstValue("Location").orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/teams/(\\d+)/results").matcher(location);
        if (!m.find()) {
            throw new IllegalStateException(USER + " has no team: /results went to '" + location + "'");
        }
        return Long.parseLong(m.group(1));
    }

    private static String currentQuarter() {
        LocalDate today = LocalDate.now();
        return today.getYear() + "-Q" + ((today.getMonthValue() + 2) / 3);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
