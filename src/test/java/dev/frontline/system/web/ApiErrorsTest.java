package dev.frontline.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every API error is a problem detail naming what is wrong — also those no controller answers (a method the path
 * does not take, an upload too large, a bug) — and none repeats a large input or an exception's internals. Over
 * real HTTP, as clients see it.
 */
@IntegrationTest
class ApiErrorsTest {

    @LocalServerPort
    int port;

    @Test
    void aMethodThePathDoesNotTakeIsA405ProblemDetail() {
        Answer r = send("DELETE", "/api/v1/me", null, "application/json");

        assertProblem(r, 405);
        assertThat(JsonPath.<String>read(r.body(), "$.detail")).startsWith("This endpoint takes ").contains("GET")
                .doesNotContain("DELETE");
    }

    @Test
    void anUnknownApiPathIsA404ProblemDetail() {
        assertProblem(send("GET", "/api/v1/no-such-thing", null, "application/json"), 404);
    }

    @Test
    void anUploadLargerThanFrontlineAcceptsIsA413ProblemDetail() {
        byte[] big = new byte[101 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        Answer r = admin().accept("application/json").upload("/api/v1/imports",
                new ApiClient.Part("file", "big.csv", "text/csv", big));

        assertProblem(r, 413);
    }

    @Test
    void aBugIsA500ProblemDetailThatRevealsNothing() {
        Answer r = send("GET", "/api/v1/test-only/boom", null, "application/json");

        assertProblem(r, 500);
        assertThat(r.body()).doesNotContain("secret", "person", "password", "IllegalState", "Exception");
    }

    @Test
    void aBodyThatIsNotJsonIsA400() {
        Answer r = send("PUT", "/api/v1/quotas", "[{", "application/json");

        assertProblem(r, 400);
        assertThat(JsonPath.<String>read(r.body(), "$.detail")).contains("not valid JSON");
    }

    @Test
    void aFieldOfTheWrongTypeIsA400NamingTheField() {
        Answer r = send("PUT", "/api/v1/quotas",
                "[{\"rep\":\"violet.mclelland\",\"period\":\"2040-Q1\",\"amount\":\"lots\"}]", "application/json");

        assertProblem(r, 400);
        assertThat(JsonPath.<String>read(r.body(), "$.detail")).contains("[0].amount", "a number", "'lots'");
    }

    @Test
    void anErrorNeverRepeatsALargeInput() {
        String huge = "x".repeat(1_000_000);
        Answer r = send("PUT", "/api/v1/quotas",
                "[{\"rep\":\"violet.mclelland\",\"period\":\"" + huge + "\",\"amount\":1}]", "application/json");

        assertProblem(r, 422);
        assertThat(r.body().length()).isLessThan(2_000);
    }

    @Test
    void aPageErrorIsAFriendlyPage() {
        Answer r = send("DELETE", "/teams", null, "text/html");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<html", "Back to your home").doesNotContain("Exception");
    }

    private Answer send(String method, String path, String body, String accept) {
        return admin().send(method, path, body, "Accept", accept);
    }

    private ApiClient admin() {
        return ApiClient.http(port).demo("admin");
    }

    private static void assertProblem(Answer r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type").orElse("")).as(r.body()).startsWith("application/problem+json");
        assertThat(JsonPath.<Integer>read(r.body(), "$.status")).isEqualTo(status);
        assertThat(JsonPath.<String>read(r.body(), "$.title")).isNotBlank();
        assertThat(JsonPath.<String>read(r.body(), "$.detail")).isNotBlank();
    }
}
