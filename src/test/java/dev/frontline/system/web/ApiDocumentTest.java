package dev.frontline.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.FrontlineApplication;
import dev.frontline.IntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI description at /v3/api-docs, as a client generator or linter reads it: parsed by a real OpenAPI parser
 * with no message, every operation under the tag of its application module (declared, with a description) and
 * summarised and described (the contract a script writer needs), every parameter typed, the import's multipart body spelled out and every error a problem detail. The
 * document is also written to {@code target/openapi.json} for the Spectral lint the README names.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentTest {

    /** The import answers a rejection or a question with its report, not with a problem detail. */
    private static final Set<String> IMPORT_REPORTS = Set.of("409", "422");

    @Autowired
    MockMvc mvc;

    private String text;
    private SwaggerParseResult parsed;
    private OpenAPI api;

    @BeforeAll
    void fetch() throws Exception {
        Answer document = ApiClient.mock(mvc).get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        text = document.body();
        Path saved = Path.of("target", "openapi.json");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, text);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        parsed = new OpenAPIV3Parser().readContents(text, null, options);
        api = parsed.getOpenAPI();
    }

    @Test
    void parsesWithoutAnyMessage() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(api).isNotNull();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getPaths()).isNotEmpty();
    }

    @Test
    void everyOperationIsTaggedByItsModuleAndEveryModuleTagIsDeclaredWithADescription() {
        Set<String> modules = ApplicationModules.of(FrontlineApplication.class).stream()
                .map(ApplicationModule::getIdentifier).map(Object::toString).collect(Collectors.toSet());
        Map<String, Tag> declared = api.getTags().stream().collect(Collectors.toMap(Tag::getName, t -> t));
        List<String> wrong = new ArrayList<>();
        each((where, op) -> {
            if (op.getTags() == null || op.getTags().size() != 1 || !modules.contains(op.getTags().get(0))
                    || !declared.containsKey(op.getTags().get(0))) {
                wrong.add(where + " " + op.getTags());
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(declared.keySet()).isSubsetOf(modules);
        assertThat(declared.values()).allSatisfy(tag -> assertThat(tag.getDescription()).hasSizeGreaterThan(20));
        assertThat(declared).containsKeys("pipeline", "imports", "coaching", "forecast", "results", "people",
                "organization", "identity");
    }

    @Test
    void everyOperationHasASummaryAndADescriptionOfItsContract() {
        List<String> bare = new ArrayList<>();
        each((where, op) -> {
            if (blank(op.getSummary()) || blank(op.getDescription())) {
                bare.add(where);
            }
        });
        assertThat(bare).isEmpty();
    }

    @Test
    void everyParameterHasASchemaOrContent() {
        List<String> untyped = new ArrayList<>();
        each((where, op) -> {
            for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
                if (p.getSchema() == null && (p.getContent() == null || p.getContent().isEmpty())) {
                    untyped.add(where + " " + p.getName());
                }
            }
            if (op.getRequestBody() != null) {
                Content content = op.getRequestBody().getContent();
                if (content == null || content.isEmpty()
                        || content.values().stream().anyMatch(m -> m.getSchema() == null)) {
                    untyped.add(where + " request body");
                }
            }
        });
        assertThat(untyped).isEmpty();
    }

    @Test
    void theImportTakesMultipartFilesAsBinaryWithItsMappingAndConfirmationFields() {
        Operation upload = api.getPaths().get("/api/v1/imports").getPost();
        assertThat(upload.getParameters()).isNullOrEmpty();
        MediaType form = upload.getRequestBody().getContent().get("multipart/form-data");
        assertThat(form).isNotNull();
        Map<String, Schema> fields = form.getSchema().getProperties();
        assertThat(fields).containsOnlyKeys("file", "mapping", "confirm", "confirmation");
        assertThat(form.getSchema().getRequired()).containsExactly("file");
        Schema<?> file = fields.get("file");
        assertThat(file.getType() == null ? file.getTypes() : Set.of(file.getType())).contains("array");
        Schema<?> item = file.getItems();
        assertThat(item.getType() == null ? item.getTypes() : Set.of(item.getType())).contains("string");
        assertThat(item.getFormat()).isEqualTo("binary");
        assertThat(upload.getRequestBody().getRequired()).isTrue();
    }

    @Test
    void errorResponsesAreProblemDetails() {
        Schema<?> problem = api.getComponents().getSchemas().get("ProblemDetail");
        assertThat(problem).isNotNull();
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "instance");
        List<String> notProblems = new ArrayList<>();
        int[] errors = {0};
        each((where, op) -> op.getResponses().forEach((code, response) -> {
            if (!code.startsWith("4")) {
                return;
            }
            errors[0]++;
            boolean importReport = where.equals("POST /api/v1/imports") && IMPORT_REPORTS.contains(code)
                    && "#/components/schemas/ImportReport".equals(
                            response.getContent().get("application/json").getSchema().get$ref());
            if (!isProblem(response) && !importReport) {
                notProblems.add(where + " " + code);
            }
        }));
        assertThat(notProblems).isEmpty();
        assertThat(errors[0]).isGreaterThan(3 * api.getPaths().size());
        Operation one = api.getPaths().get("/api/v1/opportunities/{id}").getGet();
        assertThat(one.getResponses()).containsKeys("200", "400", "401", "403", "404");
        Operation change = api.getPaths().get("/api/v1/one-on-ones/{id}").getPatch();
        assertThat(change.getResponses()).containsKeys("200", "400", "404", "409", "422");
        Operation upload = api.getPaths().get("/api/v1/imports").getPost();
        assertThat(upload.getResponses()).containsKeys("200", "400", "409", "413", "422");
    }

    @Test
    void theCallersScopeAndViewerAreNoParameters() {
        List<String> resolved = new ArrayList<>();
        each((where, op) -> {
            for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
                if (p.getName().equals("scope") || p.getName().equals("viewer")) {
                    resolved.add(where + " " + p.getName());
                }
            }
        });
        assertThat(resolved).isEmpty();
        assertThat(api.getComponents().getSchemas()).doesNotContainKeys("Scope", "Viewer");
    }

    private static boolean isProblem(ApiResponse response) {
        if (response.getContent() == null) {
            return false;
        }
        MediaType json = response.getContent().get("application/problem+json");
        return json != null && json.getSchema() != null
                && "#/components/schemas/ProblemDetail".equals(json.getSchema().get$ref());
    }

    private void each(BiConsumer<String, Operation> check) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> check.accept(method + " " + path, op)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
