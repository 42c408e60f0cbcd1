package dev.frontline.system.web;

import dev.frontline.shared.Scope;
import dev.frontline.shared.Viewer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;

/**
 * What the OpenAPI description at /v3/api-docs says beyond what springdoc reads from the handlers, set here once for
 * every module: each operation is tagged by the application module its controller lives in (the tag's description
 * is {@code frontline.api.module.<module>} in {@code api-modules.properties}); the caller's {@link Scope} and
 * {@link Viewer}, resolved from the sign-in, are no parameters; every error answers an RFC 9457 problem detail
 * ({@code application/problem+json}) as {@link ApiProblems} writes it; and the three ways to sign in are named.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:api-modules.properties")
class ApiDocumentation {

    static final String PROBLEM = "ProblemDetail";
    private static final String MODULES = basePackage() + ".";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Scope.class, Viewer.class);
    }

    /** Tags each operation with its module: the first package below the application's, e.g. {@code coaching}. */
    @Bean
    OperationCustomizer moduleTags() {
        return (operation, handler) -> operation.tags(List.of(module(handler.getBeanType())));
    }

    @Bean
    OpenApiCustomizer frontlineDocument(Environment environment) {
        return api -> {
            api.info(new Info().title("Frontline API").version("v1").description("""
                    The API of Frontline, the system for first-line sales managers: every read answers only what \
                    the caller may see (404 beyond it). Sign in with HTTP Basic, a personal access token \
                    (Authorization: Bearer, made at /api/v1/me/tokens; a read token may only GET) or the \
                    browser's session (writes then need the CSRF token). Errors are RFC 9457 problem details: \
                    malformed input 400, well-formed but invalid input 422 naming the field, out of scope 404, \
                    a stale version 409."""));
            components(api);
            api.tags(tags(api, environment));
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> errors(method, operation)));
        };
    }

    static String module(Class<?> type) {
        String name = type.getPackageName();
        if (!name.startsWith(MODULES)) {
            throw new IllegalStateException(type + " is outside the application's modules");
        }
        String rest = name.substring(MODULES.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String basePackage() {
        String system = ApiDocumentation.class.getPackageName();
        return system.substring(0, system.lastIndexOf(".system."));
    }

    private static List<Tag> tags(OpenAPI api, Environment environment) {
        TreeSet<String> used = new TreeSet<>();
        api.getPaths().values().forEach(item -> item.readOperations()
                .forEach(operation -> used.addAll(Objects.requireNonNullElse(operation.getTags(), List.of()))));
        return used.stream().map(module -> new Tag().name(module)
                .description(environment.getProperty("frontline.api.module." + module))).toList();
    }

    private static void components(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components.addSchemas(PROBLEM, new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().description("What is wrong, for people to read"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(new StringSchema())
                        .description("On 422: every problem as 'field: what is wrong'")));
        components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Username and password"));
        components.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("A personal access token from POST /api/v1/me/tokens"));
        components.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                .description("The browser's session after signing in; writes need the X-CSRF-TOKEN header"));
        api.security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("token"),
                new SecurityRequirement().addList("session")));
    }

    /**
     * The errors an operation can answer, as problem details, unless the operation documents its own: 401 and 403
     * (a role that may not, a read-only token writing, a password still to change) everywhere; with input, 400
     * malformed, 404 out of scope and 422 invalid; on PUT and PATCH, 409 for a stale version.
     */
    private static void errors(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        boolean input = operation.getParameters() != null && !operation.getParameters().isEmpty()
                || operation.getRequestBody() != null;
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (input) {
            errors.put("400", "Malformed input: a value that does not parse, or a body that is not the JSON asked for");
        }
        errors.put("401", "Not signed in, or a token that is unknown, expired or revoked");
        errors.put("403", "The caller's role may not do this, a read-only token tried to write, or the password "
                + "must be changed first");
        if (input) {
            errors.put("404", "Nothing here, or nothing the caller may see");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            errors.put("409", "Someone else changed the record meanwhile (a stale version)");
        }
        if (input) {
            errors.put("422", "Well-formed but invalid input, naming each field and what is wrong");
        }
        errors.forEach((code, description) -> responses.putIfAbsent(code, problem(description)));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
