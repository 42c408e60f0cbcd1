package dev.frontline.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every API error is a problem detail naming what is wrong — also those no controller answers (a method the path
 * does not take, an upload too large, a bug) — and none repeats a large input or an exception's internals. Over
 * real HTTP, as clients see it.
 */
@IntegrationTest
class ApiErrorsTest {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMethodThePathDoesNotTakeIsA405ProblemDetail() throws Exception {
        HttpResponse<String> r = send("DELETE", "/api/v1/me", null, "application/json");

        assertProblem(r, 405);
        assertThat(JsonPath.<String>read(r.body(), "$.detail")).startsWith("This endpoint takes ").contains("GET")
                .doesNotContain("DELETE");
    }

    @Test
    void anUnknownApiPathIsA404ProblemDetail() throws Exception {
        assertProblem(send("GET", "/api/v1/no-such-thing", null, "application/json"), 404);
    }

    @Test
    void anUploadLargerThanFrontlineAcceptsIsA413ProblemDetail() throws Exception {
        byte[] big = new byte[101 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        String boundary = "frontline-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", ADMIN).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, big, tail))).build();

        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertProblem(r, 413);
    }

    @Test
    void aBugIsA500ProblemDetailThatRevealsNothing() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/test-only/boom", null, "application/json");

        assertProblem(r, 500);
        assertThat(r.body()).doesNotContain("secret", "person", "password", "IllegalState", "Exception");
    }

    @Test
    void aBodyThatIsNotJsonIsA400() throws Exception {
        HttpResponse<String> r = send("PUT", "/api/v1/quotas", "[{", "application/json");

        assertProblem(r, 400);
        assertThat(JsonPath.<String>read(r.body(), "$.detail")).contains("not valid JSON");
    }

    @Test
    void aFieldOfTheWrongTypeIsA400NamingTheField() throws Exception {
        HttpResponse<String> r = send("PUT", "/api/v1/quotas",
                "[{\"rep\":\"violet.mclelland\",\"period\":\"2040-Q1\",\"amount\":\"lots\"}]", "application/json");

        assertProblem(r, 400);
        assertThat(JsonPath.<String>read(r.body(), "$.detail")).contains("[0].amount", "a number", "'lots'");
    }

    @Test
    void anErrorNeverRepeatsALargeInput() throws Exception {
        String huge = "x".repeat(1_000_000);
        HttpResponse<String> r = send("PUT", "/api/v1/quotas",
                "[{\"rep\":\"violet.mclelland\",\"period\":\"" + huge + "\",\"amount\":1}]", "application/json");

        assertProblem(r, 422);
        assertThat(r.body().length()).isLessThan(2_000);
    }

    @Test
    void aPageErrorIsAFriendlyPage() throws Exception {
        HttpResponse<String> r = send("DELETE", "/teams", null, "text/html");

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<html", "Back to your home").doesNotContain("Exception");
    }

    private HttpResponse<String> send(String method, String path, String body, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", ADMIN).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.body()).startsWith("application/problem+json");
        assertThat(JsonPath.<Integer>read(r.body(), "$.status")).isEqualTo(status);
        assertThat(JsonPath.<String>read(r.body(), "$.title")).isNotBlank();
        assertThat(JsonPath.<String>read(r.body(), "$.detail")).isNotBlank();
    }
}
