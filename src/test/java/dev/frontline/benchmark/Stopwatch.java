package dev.frontline.benchmark;

import dev.frontline.ApiClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times calls to Frontline made through {@link ApiClient}: a client signed in once through the form (its session
 * kept) costs the endpoint per call, not a bcrypt check of HTTP Basic credentials (about 70 ms each).
 */
final class Stopwatch {

    /** Median, 95th percentile and mean of the measured calls, in milliseconds. */
    record Stats(double median, double p95, double mean) {
    }

    private Stopwatch() {
    }

    /** GETs the path {@code warmup} times, then {@code measured} times with a stopwatch; anything but 200 fails. */
    static Stats measure(ApiClient client, String path, int warmup, int measured) {
        return measure(client, path, warmup, measured, () -> { });
    }

    /** As {@link #measure(ApiClient, String, int, int)}, running {@code before} ahead of each call, off the clock. */
    static Stats measure(ApiClient client, String path, int warmup, int measured, Runnable before) {
        for (int i = 0; i < warmup; i++) {
            before.run();
            call(client, path);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            before.run();
            long t = System.nanoTime();
            call(client, path);
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        return new Stats(millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                millis.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private static void call(ApiClient client, String path) {
        ApiClient.Answer answer = client.get(path);
        if (answer.status() != 200) {
            throw new IllegalStateException("HTTP " + answer.status() + " for " + path + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
    }
}
