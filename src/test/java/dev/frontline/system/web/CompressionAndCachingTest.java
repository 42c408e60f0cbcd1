package dev.frontline.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (Tomcat compresses, MockMvc would not): pages and static files travel gzipped to a browser that
 * accepts it; the static files a page links carry their version in the URL and may be kept for a year, the page
 * itself is never stored. Expected bytes, versions and hashes come from the class path, not from the server.
 */
@IntegrationTest
class CompressionAndCachingTest {

    private static final Pattern STYLE_SHEET = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]+/bootstrap\\.min\\.css)\"");
    private static final Pattern OWN_CSS = Pattern.compile("href=\"(/css/frontline-[0-9a-f]+\\.css)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageIsGzippedAndNeverStored() {
        HttpResponse<byte[]> page = get("/", true);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(page.body()), StandardCharsets.UTF_8)).startsWith("<!doctype html>")
                .contains("data-testid=\"signed-in-as\"");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).contains("no-store").doesNotContain("immutable").doesNotContainPattern("max-age=[1-9]"));
    }

    @Test
    void theVersionedBootstrapStyleSheetIsGzippedAndKeptForAYear() {
        String path = linked(STYLE_SHEET);
        byte[] plain = classpath("META-INF/resources/webjars/bootstrap/" + webJarVersion("bootstrap")
                + "/css/bootstrap.min.css");
        assertThat(path).isEqualTo("/webjars/bootstrap/" + webJarVersion("bootstrap") + "/css/bootstrap.min.css");

        HttpResponse<byte[]> css = get(path, true);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(css.body())).isEqualTo(plain);
        assertThat(css.body().length).isLessThan(plain.length / 3);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).contains("max-age=31536000").contains("immutable").doesNotContain("no-store"));
    }

    @Test
    void withoutGzipInTheRequestTheFileComesPlain() {
        HttpResponse<byte[]> css = get(linked(STYLE_SHEET), false);

        assertThat(css.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(css.body()).isEqualTo(classpath("META-INF/resources/webjars/bootstrap/" + webJarVersion("bootstrap")
                + "/css/bootstrap.min.css"));
    }

    @Test
    void ownFilesAreLinkedByTheHashOfTheirContentAndOnlyThatURLIsKept() {
        byte[] plain = classpath("static/css/frontline.css");
        String path = linked(OWN_CSS);
        assertThat(path).isEqualTo("/css/frontline-" + md5(plain) + ".css");

        HttpResponse<byte[]> hashed = get(path, true);
        HttpResponse<byte[]> unversioned = get("/css/frontline.css", true);

        assertThat(gunzip(hashed.body())).isEqualTo(plain);
        assertThat(hashed.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).contains("max-age=31536000").contains("immutable"));
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).doesNotContain("immutable").doesNotContainPattern("max-age=[1-9]"));
    }

    @Test
    void anUnversionedWebJarURLIsNotKept() {
        HttpResponse<byte[]> css = get("/webjars/bootstrap/css/bootstrap.min.css", true);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).doesNotContain("immutable").doesNotContainPattern("max-age=[1-9]"));
    }

    private String linked(Pattern link) {
        Matcher m = link.matcher(new String(gunzip(get("/", true).body()), StandardCharsets.UTF_8));
        assertThat(m.find()).as("the page links %s", link).isTrue();
        return m.group(1);
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,*/*")
                .header("Authorization", ApiClient.basicHeader("cara.losch", ApiClient.DEMO_PASSWORD));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] classpath(String path) {
        try (InputStream in = CompressionAndCachingTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webJarVersion(String artifact) {
        Properties pom = new Properties();
        try (InputStream in = new ByteArrayInputStream(classpath("META-INF/maven/org.webjars/" + artifact
                + "/pom.properties"))) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
