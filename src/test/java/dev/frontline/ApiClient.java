package dev.frontline;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The one way tests call Frontline over HTTP: JSON reads and writes, page forms, multipart uploads, signed in with
 * HTTP Basic, a personal access token or a session from the sign-in form, and the answer's status, body and headers.
 *
 * <p>Two transports, one API: {@link #mock(MockMvc)} runs the request in process, inside the test's transaction (a
 * test that writes can roll back); {@link #http(int)} sends it to the running server over real HTTP, with real
 * cookies and headers and no redirect followed, for what only the wire shows (session cookies, CSRF, redirects).
 *
 * <p>Credentials are values: {@link #basic}, {@link #demo}, {@link #token} and {@link #anonymous} return a client
 * that sends them on every request; {@link #signIn} keeps the session on this client. A URL of another host (an
 * identity provider) gets neither this client's headers nor its session cookie.
 */
public final class ApiClient {

    /** The password of every demo login. */
    public static final String DEMO_PASSWORD = "demo";

    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** One part of a multipart upload. */
    public record Part(String name, String filename, String contentType, byte[] content) {

        public static Part csv(String filename, String content) {
            return new Part("file", filename, "text/csv", content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An answer: its status, its body as text, its headers (names in lower case) and the URI asked. */
    public record Answer(int status, String body, Map<String, List<String>> headers, String uri) {

        public <T> T read(String jsonPath) {
            return JsonPath.read(body, jsonPath);
        }

        public long id() {
            return ((Number) read("$.id")).longValue();
        }

        public Optional<String> header(String name) {
            return headers(name).stream().findFirst();
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** The session cookies the answer sets ({@code JSESSIONID=…; Path=/; …}). */
        public List<String> sessionCookies() {
            return headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        }
    }

    private final Transport transport;
    private final List<String[]> defaults;
    private final boolean csrf;

    private ApiClient(Transport transport, List<String[]> defaults, boolean csrf) {
        this.transport = transport;
        this.defaults = List.copyOf(defaults);
        this.csrf = csrf;
    }

    /** In process through MockMvc, in the test's transaction. */
    public static ApiClient mock(MockMvc mvc) {
        return new ApiClient(new MockTransport(mvc), List.of(), false);
    }

    /** Over real HTTP to the server on localhost at this port. */
    public static ApiClient http(int port) {
        return new ApiClient(new RealTransport("http://localhost:" + port), List.of(), false);
    }

    /** A client sending HTTP Basic credentials (and no session) on every request. */
    public ApiClient basic(String username, String password) {
        return credentials(basicHeader(username, password));
    }

    /** A client signed in with HTTP Basic as a demo login. */
    public ApiClient demo(String username) {
        return basic(username, DEMO_PASSWORD);
    }

    /** A client sending a personal access token ({@code Authorization: Bearer …}) on every request. */
    public ApiClient token(String secret) {
        return credentials("Bearer " + secret);
    }

    /** A client with no credentials and no session. */
    public ApiClient anonymous() {
        return new ApiClient(transport.fresh(), without("Authorization"), csrf);
    }

    /** This client (its session too), sending {@code Accept: type} on every request unless a request says otherwise. */
    public ApiClient accept(String type) {
        List<String[]> headers = without("Accept");
        headers.add(new String[] {"Accept", type});
        return new ApiClient(transport, headers, csrf);
    }

    /** This client (its session too), sending the session's CSRF token with every request, as a page's script does. */
    public ApiClient withCsrf() {
        return new ApiClient(transport, defaults, true);
    }

    private ApiClient credentials(String authorization) {
        List<String[]> headers = without("Authorization");
        headers.add(new String[] {"Authorization", authorization});
        return new ApiClient(transport.fresh(), headers, csrf);
    }

    private List<String[]> without(String name) {
        List<String[]> headers = new ArrayList<>(defaults);
        headers.removeIf(h -> h[0].equalsIgnoreCase(name));
        return headers;
    }

    /**
     * Signs in through the sign-in form as a browser does and keeps the session on this client; fails when the form
     * does not let the user in.
     */
    public ApiClient signIn(String username, String password) {
        Answer done = signInAnswer(username, password);
        String location = done.header("Location").orElse("");
        if (done.status() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + done.status() + " " + location);
        }
        return this;
    }

    /** Posts the sign-in form as a browser does and keeps the session it gives; the form's answer, unchecked. */
    public Answer signInAnswer(String username, String password) {
        return transport.signIn(username, password);
    }

    public Answer get(String uri, String... headers) {
        return send("GET", uri, null, headers);
    }

    public Answer post(String uri, @Nullable String json, String... headers) {
        return send("POST", uri, json, headers);
    }

    public Answer put(String uri, @Nullable String json, String... headers) {
        return send("PUT", uri, json, headers);
    }

    public Answer patch(String uri, @Nullable String json, String... headers) {
        return send("PATCH", uri, json, headers);
    }

    public Answer delete(String uri, String... headers) {
        return send("DELETE", uri, null, headers);
    }

    /** Any method, with a JSON body when {@code json} is not null, and headers as name, value, name, value… */
    public Answer send(String method, String uri, @Nullable String json, String... headers) {
        Request request = request(method, uri, headers);
        if (json != null) {
            request.contentType = "application/json";
            request.body = json.getBytes(StandardCharsets.UTF_8);
        }
        return transport.send(request);
    }

    /** Posts a page form as a browser does: url-encoded, with the session's CSRF token. */
    public Answer submit(String uri, Map<String, String> fields, String... headers) {
        Request request = form(uri, fields, headers);
        request.csrf = true;
        return transport.send(request);
    }

    /** Posts a url-encoded form exactly as given: no CSRF token unless {@code fields} has one. */
    public Answer postForm(String uri, Map<String, String> fields, String... headers) {
        return transport.send(form(uri, fields, headers));
    }

    /** Posts files and fields as multipart/form-data (with the session's CSRF token when {@code csrf}). */
    public Answer upload(String uri, List<Part> files, Map<String, String> fields, boolean csrf, String... headers) {
        Request request = request("POST", uri, headers);
        request.parts = files;
        request.fields = fields;
        request.csrf = request.csrf || csrf;
        return transport.send(request);
    }

    /** Posts files as multipart/form-data, as a script does. */
    public Answer upload(String uri, Part... files) {
        return upload(uri, List.of(files), Map.of(), false);
    }

    /** The CSRF token a page of this session carries. */
    public String csrfOf(String page) {
        return csrf(get(page).body());
    }

    /** The session cookie this client sends ({@code JSESSIONID=…}), or null (real HTTP only). */
    public @Nullable String sessionCookie() {
        return transport.sessionCookie();
    }

    /** Sends this session cookie from now on (real HTTP only); null sends none. */
    public ApiClient useSessionCookie(@Nullable String cookie) {
        transport.useSessionCookie(cookie);
        return this;
    }

    /** Keeps the session cookie an answer sets, as a browser would. */
    public Answer remember(Answer answer) {
        answer.sessionCookies().stream().findFirst().ifPresent(c -> transport.useSessionCookie(c.split(";", 2)[0]));
        return answer;
    }

    /** The base URL of the server (real HTTP only). */
    public String base() {
        return transport.base();
    }

    public static String basicHeader(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The CSRF token in a page's HTML. */
    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return m.group(1);
    }

    private Request form(String uri, Map<String, String> fields, String... headers) {
        Request request = request("POST", uri, headers);
        request.form = fields;
        return request;
    }

    private Request request(String method, String uri, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("Headers come as name, value pairs");
        }
        Request request = new Request(method, uri);
        request.csrf = csrf;
        request.headers.addAll(defaults);
        for (int i = 0; i < headers.length; i += 2) {
            String name = headers[i];
            request.headers.removeIf(h -> h[0].equalsIgnoreCase(name));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.headers.add(new String[] {headers[i], headers[i + 1]});
        }
        return request;
    }

    private static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static final class Request {
        final String method;
        final String uri;
        final List<String[]> headers = new ArrayList<>();
        @Nullable String contentType;
        byte @Nullable [] body;
        List<Part> parts = List.of();
        Map<String, String> fields = Map.of();
        @Nullable Map<String, String> form;
        boolean csrf;

        Request(String method, String uri) {
            this.method = method;
            this.uri = uri;
        }

        boolean multipart() {
            return !parts.isEmpty() || !fields.isEmpty();
        }
    }

    private interface Transport {

        Answer send(Request request);

        Answer signIn(String username, String password);

        /** The same server, without this one's session. */
        Transport fresh();

        @Nullable String sessionCookie();

        void useSessionCookie(@Nullable String cookie);

        String base();
    }

    /**
     * MockMvc: the session is the JSESSIONID cookie the sign-in set (the sessions live in the database, behind
     * Spring Session's filter, as on the server), CSRF tokens come from Spring Security's test support.
     */
    private static final class MockTransport implements Transport {

        private final MockMvc mvc;
        private @Nullable Cookie session;

        MockTransport(MockMvc mvc) {
            this.mvc = mvc;
        }

        @Override
        public Answer send(Request request) {
            AbstractMockHttpServletRequestBuilder<?> builder;
            if (request.multipart()) {
                MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(request.uri);
                request.parts.forEach(p -> multipart.file(new MockMultipartFile(p.name(), p.filename(),
                        p.contentType(), p.content())));
                request.fields.forEach(multipart::param);
                builder = multipart;
            } else {
                builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(request.method), request.uri);
                if (request.form != null) {
                    builder.contentType("application/x-www-form-urlencoded");
                    request.form.forEach(builder::param);
                }
            }
            request.headers.forEach(h -> builder.header(h[0], h[1]));
            if (request.contentType != null && request.body != null) {
                builder.contentType(request.contentType).content(request.body);
            }
            if (request.csrf) {
                builder.with(SecurityMockMvcRequestPostProcessors.csrf());
            }
            if (session != null) {
                builder.cookie(session);
                Performed done = perform(builder);
                keep(done);
                return done.answer;
            }
            return perform(builder).answer;
        }

        @Override
        public Answer signIn(String username, String password) {
            Performed done = perform(MockMvcRequestBuilders.post("/login").with(SecurityMockMvcRequestPostProcessors.csrf())
                    .param("username", username).param("password", password));
            session = null;
            keep(done);
            return done.answer;
        }

        /** The session cookie the answer sets (a new id, or none when it ends the session), as a browser keeps it. */
        private void keep(Performed done) {
            Cookie set = done.result.getResponse().getCookie(SESSION_COOKIE);
            if (set != null) {
                session = set.getMaxAge() == 0 ? null : new Cookie(SESSION_COOKIE, set.getValue());
            }
        }

        private Performed perform(AbstractMockHttpServletRequestBuilder<?> builder) {
            try {
                MvcResult result = mvc.perform(builder).andReturn();
                MockHttpServletResponse response = result.getResponse();
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (String name : response.getHeaderNames()) {
                    headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(response.getHeaders(name)));
                }
                return new Performed(result, new Answer(response.getStatus(),
                        response.getContentAsString(StandardCharsets.UTF_8), headers, result.getRequest().getRequestURI()));
            } catch (Exception e) {
                throw new IllegalStateException("MockMvc failed on " + builder, e);
            }
        }

        private record Performed(MvcResult result, Answer answer) {
        }

        @Override
        public Transport fresh() {
            return new MockTransport(mvc);
        }

        @Override
        public @Nullable String sessionCookie() {
            throw new UnsupportedOperationException("MockMvc keeps its session as an object, not a cookie");
        }

        @Override
        public void useSessionCookie(@Nullable String cookie) {
            throw new UnsupportedOperationException("MockMvc keeps its session as an object, not a cookie");
        }

        @Override
        public String base() {
            return "http://localhost";
        }
    }

    /** Real HTTP: the session is the JSESSIONID cookie; CSRF tokens are read from the session's pages. */
    private static final class RealTransport implements Transport {

        private static final HttpClient CLIENT = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build();

        private final String base;
        private @Nullable String sessionCookie;

        RealTransport(String base) {
            this.base = base;
        }

        @Override
        public Answer send(Request request) {
            boolean ours = !request.uri.startsWith("http") || request.uri.startsWith(base + "/");
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(ours && !request.uri.startsWith("http")
                    ? base + request.uri : request.uri));
            if (ours) {
                request.headers.forEach(h -> builder.header(h[0], h[1]));
            }
            if (ours && sessionCookie != null) {
                builder.header("Cookie", sessionCookie);
            }
            byte[] body = request.body;
            List<byte[]> chunks = null;
            String contentType = request.contentType;
            if (request.form != null) {
                Map<String, String> form = new LinkedHashMap<>(request.form);
                if (request.csrf) {
                    form.put("_csrf", csrfToken());
                }
                contentType = "application/x-www-form-urlencoded";
                body = urlEncoded(form).getBytes(StandardCharsets.UTF_8);
            } else if (request.csrf && !request.multipart()) {
                builder.header("X-CSRF-TOKEN", csrfToken());
            }
            if (request.multipart()) {
                String boundary = "frontline-" + UUID.randomUUID();
                contentType = "multipart/form-data; boundary=" + boundary;
                Map<String, String> fields = new LinkedHashMap<>(request.fields);
                if (request.csrf) {
                    fields.put("_csrf", csrfToken());
                }
                chunks = multipart(boundary, request.parts, fields);
            }
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            builder.method(request.method, chunks != null ? HttpRequest.BodyPublishers.ofByteArrays(chunks)
                    : body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                Map<String, List<String>> headers = new LinkedHashMap<>();
                response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
                return new Answer(response.statusCode(), response.body(), headers, response.uri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** A CSRF token of this session, from the sign-in page (any page of the session carries a valid one). */
        private String csrfToken() {
            Request page = new Request("GET", "/login");
            Answer answer = send(page);
            keep(answer);
            return csrf(answer.body());
        }

        @Override
        public Answer signIn(String username, String password) {
            Answer page = send(new Request("GET", "/login"));
            keep(page);
            Request form = new Request("POST", "/login");
            form.contentType = "application/x-www-form-urlencoded";
            form.body = urlEncoded(Map.of("username", username, "password", password, "_csrf", csrf(page.body())))
                    .getBytes(StandardCharsets.UTF_8);
            Answer done = send(form);
            keep(done);
            return done;
        }

        private void keep(Answer answer) {
            answer.sessionCookies().stream().findFirst().ifPresent(c -> sessionCookie = c.split(";", 2)[0]);
        }

        /** The body in chunks, the files' contents as they are (an upload of 100 MB is not copied). */
        private static List<byte[]> multipart(String boundary, List<Part> parts, Map<String, String> fields) {
            List<byte[]> out = new ArrayList<>();
            fields.forEach((name, value) -> out.add(utf8("--" + boundary + "\r\nContent-Disposition: form-data; "
                    + "name=\"" + name + "\"\r\n\r\n" + value + "\r\n")));
            for (Part p : parts) {
                out.add(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name()
                        + "\"; filename=\"" + p.filename() + "\"\r\nContent-Type: " + p.contentType() + "\r\n\r\n"));
                out.add(p.content());
                out.add(utf8("\r\n"));
            }
            out.add(utf8("--" + boundary + "--\r\n"));
            return out;
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Transport fresh() {
            return new RealTransport(base);
        }

        @Override
        public @Nullable String sessionCookie() {
            return sessionCookie;
        }

        @Override
        public void useSessionCookie(@Nullable String cookie) {
            sessionCookie = cookie;
        }

        @Override
        public String base() {
            return base;
        }
    }
}
