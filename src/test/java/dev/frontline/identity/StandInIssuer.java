package dev.frontline.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A stand-in OpenID Connect provider for the tests: discovery, an authorization endpoint that signs in whoever
 * {@link #signInAs} names, a token endpoint that checks the client's secret, the code, the redirect URI and PKCE,
 * and the JWKS of a key made for the run. It runs on its own port beside the application, and the one shared test
 * context is pointed at it ({@link Factory}, registered in {@code META-INF/spring.factories}), so that single
 * sign-on is on in every test.
 */
public final class StandInIssuer {

    static final String CLIENT_ID = "frontline-test";
    static final String CLIENT_SECRET = "stand-in-secret";
    /** E-mail addresses of this domain match a login by their local part. */
    static final String USERNAME_DOMAIN = "people.frontline.test";

    private static @Nullable StandInIssuer shared;

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile @Nullable Person person;

    /** Who is signed in at the provider, and what their ID token says. */
    record Person(String subject, String email, @Nullable Boolean emailVerified) {
    }

    private record Grant(String redirectUri, @Nullable String nonce, @Nullable String challenge, Person person) {
    }

    private StandInIssuer() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("stand-in-" + UUID.randomUUID()).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", e -> send(e, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    static synchronized StandInIssuer shared() {
        if (shared == null) {
            try {
                shared = new StandInIssuer();
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException("The stand-in issuer did not start", e);
            }
        }
        return shared;
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The person the next authorization signs in. */
    void signInAs(String email, @Nullable Boolean emailVerified) {
        person = new Person("sub-" + email, email, emailVerified);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        send(exchange, 200, "application/json", """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","email","profile"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic"],
                 "code_challenge_methods_supported":["S256"]}""".formatted(issuer));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Person who = person;
        if (who == null || !CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            send(exchange, 400, "text/plain", "bad authorization request");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(query.get("redirect_uri"), query.get("nonce"), query.get("code_challenge"), who));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        send(exchange, 302, "text/plain", "");
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8)
                + ":" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(Objects.requireNonNullElse(body.get("code"), ""));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri")) || !pkceHolds(grant, body.get("code_verifier"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(grant.person().subject())
                    .audience(List.of(CLIENT_ID)).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                    .claim("email", grant.person().email()).claim("name", grant.person().email());
            if (grant.person().emailVerified() != null) {
                claims.claim("email_verified", grant.person().emailVerified());
            }
            if (grant.nonce() != null) {
                claims.claim("nonce", grant.nonce());
            }
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            idToken.sign(new RSASSASigner(key));
            send(exchange, 200, "application/json", """
                    {"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid email profile",
                     "id_token":"%s"}""".formatted(UUID.randomUUID(), idToken.serialize()));
        } catch (JOSEException e) {
            send(exchange, 500, "text/plain", e.getMessage());
        }
    }

    private static boolean pkceHolds(Grant grant, @Nullable String verifier) {
        if (grant.challenge() == null) {
            return true;
        }
        if (verifier == null) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).equals(grant.challenge());
        } catch (java.security.NoSuchAlgorithmException e) {
            return false;
        }
    }

    private static Map<String, String> form(@Nullable String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /** Points every test context at the stand-in (one and the same customizer, so the context is still shared). */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            StandInIssuer issuer = shared();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stand-in-issuer", Map.of(
                    "frontline.oidc.issuer-uri", issuer.issuer(), "frontline.oidc.client-id", CLIENT_ID,
                    "frontline.oidc.client-secret", CLIENT_SECRET, "frontline.oidc.name", "the stand-in provider",
                    "frontline.oidc.username-domain", USERNAME_DOMAIN)));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
