package dev.frontline.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls Frontline over HTTP the way a browser does: signs in once through the login form and keeps the session, so
 * a measured call costs the endpoint, not a bcrypt check of HTTP Basic credentials (about 70 ms each).
 */
final class BenchmarkClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    BenchmarkClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Median, 95th percentile and mean of the measured calls, in milliseconds. */
    record Stats(double median, double p95, double mean) {
    }

    void signIn(String username, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + username + "&password=" + password + "&_csrf=" + token.group(1);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Calls the path {@code warmup} times, then {@code measured} times with a stopwatch. */
    Stats measure(String path, int warmup, int measured) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).build();
        for (int i = 0; i < warmup; i++) {
            call(request);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            call(request);
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        return new Stats(millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                millis.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private void call(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + request.uri() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }
}
