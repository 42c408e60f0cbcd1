package dev.frontline.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.frontline.IntegrationTest;
import dev.frontline.shared.Echo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fuzz test of every write Frontline offers — each {@code POST}, {@code PUT}, {@code PATCH} and {@code DELETE}
 * mapped in the application, read from Spring's own handler mapping so that a new endpoint is fuzzed without being
 * listed here. API bodies are generated from the OpenAPI description (each field given values of its type at and
 * beyond its bounds, of the wrong type, null or left out) or are not JSON at all; page forms get their own
 * parameters and broken grid names ({@code amount:violet.mclelland}) with the same values; uploads get random and
 * half-right CSV files. Sent by an administrator, a manager and a rep. Whatever comes in, the answer is never a
 * server error: a 5xx, or an exception no handler answered (which the server would answer with a 500), fails the
 * test with every request that caused one. Seeded (override with {@code -Dfuzz.seed}, more rounds with
 * {@code -Dfuzz.rounds}); the seed is in the failure message; everything it writes is rolled back.
 *
 * <p>Generated with Commons RNG rather than a property-testing library: jqwik 1.10 prints a notice that refuses use
 * by automated agents, and we do not build on a library against its authors' stated wish.
 */
@IntegrationTest
@Transactional
class WriteEndpointsFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 12);
    private static final List<String> CALLERS = List.of("admin", "cara.losch", "violet.mclelland");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private final UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private JsonNode schemas;
    private JsonNode paths;

    @Test
    void noWriteEndpointAnswersAServerErrorWhateverItIsSent() throws Exception {
        JsonNode doc = mapper.readTree(mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        schemas = doc.path("components").path("schemas");
        paths = doc.path("paths");
        List<Endpoint> endpoints = endpoints();
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            for (int round = 0; round < ROUNDS; round++) {
                send(endpoint, CALLERS.get(random.nextInt(CALLERS.size())));
                sent++;
            }
        }
        System.out.printf("Fuzzed %d write endpoints with %d requests, seed %d; answers by status: %s%n",
                endpoints.size(), sent, SEED, statuses);
        assertThat(endpoints).as("write endpoints found in the handler mapping").hasSizeGreaterThan(80);
        assertThat(endpoints).as("the API's uploads and the page forms are among them")
                .anyMatch(e -> e.multipart() && e.api()).anyMatch(e -> !e.api() && !e.params().isEmpty());
        assertThat(statuses).as("the generated input gets past sign-in and role checks to be validated and written")
                .containsKeys(200, 400, 422);
        assertThat(failures).as("server errors (reproduce with -Dfuzz.seed=" + SEED + " -Dfuzz.rounds=" + ROUNDS + ")")
                .isEmpty();
    }

    /** One write mapping: its verb and pattern, whether it takes a file, and the parameters a page form names. */
    record Endpoint(HttpMethod method, String pattern, boolean multipart, List<String> params) {

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("dev.frontline") || isTestCode(handler.getBeanType())) {
                return;
            }
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA)
                    || Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == MultipartFile.class
                    || p.getParameterType() == List.class && p.getGenericParameterType().getTypeName().contains("MultipartFile"));
            List<String> params = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                if (annotation != null && !annotation.name().isEmpty()) {
                    params.add(annotation.name());
                } else if (annotation != null && parameter.getParameter().isNamePresent()
                        && !Map.class.isAssignableFrom(parameter.getParameterType())) {
                    params.add(parameter.getParameter().getName());
                } else if (parameter.getParameterType().isRecord() && parameter.getParameterType().getName().contains("web")) {
                    Arrays.stream(parameter.getParameterType().getRecordComponents()).forEach(c -> params.add(c.getName()));
                }
            }
            for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                if (WRITES.contains(verb.name())) {
                    for (String pattern : info.getPatternValues()) {
                        out.add(new Endpoint(HttpMethod.valueOf(verb.name()), pattern, multipart, List.copyOf(params)));
                    }
                }
            }
        });
        out.sort(Comparator.comparing((Endpoint e) -> e.pattern()).thenComparing(e -> e.method().name()));
        return out;
    }

    private static boolean isTestCode(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("test-classes");
    }

    private void send(Endpoint endpoint, String caller) throws Exception {
        String uri = path(endpoint.pattern());
        AbstractMockHttpServletRequestBuilder<?> request;
        String shown;
        if (endpoint.multipart()) {
            byte[] file = csv();
            shown = "a CSV of " + file.length + " bytes: " + Echo.of(new String(file, StandardCharsets.UTF_8));
            request = multipart(endpoint.method(), uri).file(new MockMultipartFile("file", "fuzz.csv", "text/csv", file))
                    .param("confirm", random.nextBoolean() ? "true" : "maybe");
        } else if (endpoint.api()) {
            JsonNode schema = paths.path(endpoint.pattern()).path(endpoint.method().name().toLowerCase(Locale.ROOT))
                    .path("requestBody").path("content").path("application/json").path("schema");
            String body = schema.isMissingNode() || random.nextInt(6) == 0 ? junk() : mapper.writeValueAsString(value(schema, 0));
            shown = Echo.of(body);
            request = request(endpoint.method(), uri).contentType(MediaType.APPLICATION_JSON).content(body);
        } else {
            request = request(endpoint.method(), uri).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            List<String> sentFields = new ArrayList<>();
            for (String name : formNames(endpoint.params())) {
                String value = formValue();
                request.param(name, value);
                sentFields.add(name + "=" + Echo.of(value));
            }
            shown = "form " + String.join("&", sentFields);
        }
        request.accept(endpoint.api() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML)
                .with(httpBasic(caller, "demo")).with(csrf());
        String what = endpoint.method() + " " + uri + " as " + caller;
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            statuses.merge(response.getStatus(), 1, Integer::sum);
            if (response.getStatus() >= 500) {
                failures.add(what + " → " + response.getStatus() + " for " + Echo.of(shown));
            }
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            failures.add(what + " → unhandled " + root.getClass().getSimpleName() + " (" + Echo.of(root.getMessage())
                    + ") for " + Echo.of(shown));
        }
    }

    /** Most of the form's own parameters, and now and then grid names the way the quota and goal grids build them, broken. */
    private List<String> formNames(List<String> params) {
        List<String> names = new ArrayList<>();
        for (String param : params) {
            if (random.nextInt(6) != 0) {
                names.add(param);
            }
        }
        if (random.nextInt(3) == 0) {
            names.add(switch (random.nextInt(8)) {
                case 0 -> "amount:violet.mclelland";
                case 1 -> "amount:";
                case 2 -> "amount:999999999999999999999";
                case 3 -> "amount:violet.mclelland:2026-Q9";
                case 4 -> "goal:violet.mclelland:FAME";
                case 5 -> "version:violet.mclelland:2026-Q4";
                case 6 -> "goal:";
                default -> "amount:team:2026-Q4";
            });
        }
        return names;
    }

    private String formValue() {
        return switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> "1E+131072";
            case 2 -> "1e20";
            case 3 -> "-1";
            case 4 -> "999999999999999999999";
            case 5 -> "0";
            case 6 -> "abc";
            case 7 -> "2026-Q4";
            case 8 -> "2026-13-45";
            case 9 -> "x".repeat(100_000);
            case 10 -> "violet.mclelland";
            case 11 -> "\u0000\uFFFF";
            case 12 -> "2026-12-02T10:00";
            default -> Integer.toString(random.nextInt(100));
        };
    }

    /** The path with each variable given an id that exists, one that does not, or no number at all. */
    private String path(String template) {
        return template.replaceAll("\\{[^}]+}", switch (random.nextInt(5)) {
            case 0 -> "999999999";
            case 1 -> "-1";
            case 2 -> "abc";
            default -> Integer.toString(1 + random.nextInt(40));
        });
    }

    private JsonNode value(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return value(schemas.path(name), depth);
        }
        if (depth > 4 || random.nextInt(12) == 0) {
            return wrongType();
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                schema.path("properties").properties().forEach(p -> {
                    if (random.nextInt(8) != 0) {
                        object.set(p.getKey(), value(p.getValue(), depth + 1));
                    }
                });
                yield object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    array.add(value(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer", "number" -> number();
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> text(schema);
        };
    }

    private JsonNode number() {
        return switch (random.nextInt(9)) {
            case 0 -> JSON.numberNode(new java.math.BigDecimal("1E+131072"));
            case 1 -> JSON.numberNode(new java.math.BigDecimal("1e20"));
            case 2 -> JSON.numberNode(-1);
            case 3 -> JSON.numberNode(Long.MAX_VALUE);
            case 4 -> JSON.numberNode(new java.math.BigDecimal("0.000000001"));
            case 5 -> JSON.numberNode(0);
            case 6 -> JSON.numberNode(new java.math.BigDecimal("999999999999.99"));
            default -> JSON.numberNode(random.nextInt(100_000));
        };
    }

    private JsonNode text(JsonNode schema) {
        if (schema.has("enum") && random.nextBoolean()) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        return JSON.textNode(switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> "x".repeat(100_000);
            case 2 -> "2026-13-45";
            case 3 -> "2026-Q4";
            case 4 -> "violet.mclelland";
            case 5 -> "<script>alert(1)</script>";
            case 6 -> "'; drop table person; --";
            case 7 -> "\u0000\uFFFF\uD83D\uDE00";
            case 8 -> "2026-12-02T10:00:00Z";
            default -> "fuzz " + random.nextInt(1000);
        });
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(5)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.textNode("not what it takes");
            case 2 -> JSON.arrayNode().add(1);
            case 3 -> JSON.objectNode().put("x", 1);
            default -> JSON.numberNode(new java.math.BigDecimal("1E+999999999"));
        };
    }

    private String junk() {
        return switch (random.nextInt(7)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "null";
            case 3 -> "[".repeat(2_000);
            case 4 -> "1E+999999999";
            case 5 -> "\"" + "y".repeat(1_000_000) + "\"";
            default -> "{\"version\": \"one\"}";
        };
    }

    /** A CSV file: random bytes, or a known header with random, quoted, over-long and broken cells. */
    private byte[] csv() {
        List<String> headers = List.of(
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
                "sales_agent,manager,regional_office",
                "account,sector,year_established,revenue,employees,office_location,subsidiary_of",
                "product,series,sales_price",
                "rep,period,amount",
                "Opportunity ID,Opportunity Owner,Stage,Amount,Close Date",
                "Id,OwnerId,StageName,Amount,CloseDate,IsClosed,IsWon");
        if (random.nextInt(6) == 0) {
            byte[] bytes = new byte[random.nextInt(2_000)];
            random.nextBytes(bytes);
            return bytes;
        }
        String header = headers.get(random.nextInt(headers.size()));
        int columns = header.split(",").length;
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "").append(header).append('\n');
        int rows = random.nextInt(8);
        for (int r = 0; r < rows; r++) {
            int width = random.nextInt(4) == 0 ? random.nextInt(columns + 3) : columns;
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(switch (random.nextInt(10)) {
                    case 0 -> "";
                    case 1 -> "\"quoted, with \"\"quotes\"\" and\nbreak\"";
                    case 2 -> "1E+999999999";
                    case 3 -> "2017-02-30";
                    case 4 -> "Moses Frase";
                    case 5 -> "Won";
                    case 6 -> "-5";
                    case 7 -> "z".repeat(10_000);
                    case 8 -> "\"unterminated";
                    default -> "FZ" + random.nextInt(100_000);
                });
            }
            out.append(String.join(random.nextInt(10) == 0 ? ";" : ",", cells)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
