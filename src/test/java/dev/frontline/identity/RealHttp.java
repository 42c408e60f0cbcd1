package dev.frontline.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Requests to the running server over real HTTP, as a browser or a script sends them: real cookies (the session
 * cookie is kept when {@link #keepCookies}), real headers, no redirects followed.
 */
final class RealHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private @Nullable String sessionCookie;

    RealHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    String base() {
        return base;
    }

    @Nullable String sessionCookie() {
        return sessionCookie;
    }

    void useSessionCookie(@Nullable String cookie) {
        this.sessionCookie = cookie;
    }

    /** Signs in with the form as a browser does (the sign-in page first, for its CSRF token); keeps the session. */
    void signIn(String username, String password) {
        HttpResponse<String> page = send(request("/login").GET().build());
        remember(page);
        HttpResponse<String> done = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", username, "password", password, "_csrf", csrf(page.body())))).build());
        remember(done);
        if (done.statusCode() != 302 || done.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + done.statusCode() + " "
                    + done.headers().firstValue("Location").orElse(""));
        }
    }

    /** The CSRF token of a page of this session. */
    String csrfOf(String path) {
        return csrf(get(path).body());
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> send(String method, String path, @Nullable String json, String... headers) {
        HttpRequest.Builder request = request(path, headers);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(fields)).build());
    }

    HttpResponse<String> absolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** Keeps the session cookie a response sets. */
    HttpResponse<String> remember(HttpResponse<String> response) {
        sessionCookies(response).stream().findFirst().ifPresent(c -> sessionCookie = c.split(";", 2)[0]);
        return response;
    }

    static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        if (sessionCookie != null) {
            builder.header("Cookie", sessionCookie);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&")));
    }
}
