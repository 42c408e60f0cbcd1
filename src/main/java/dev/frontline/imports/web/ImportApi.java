package dev.frontline.imports.web;

import dev.frontline.imports.ImportConfirmation;
import dev.frontline.imports.ImportOptions;
import dev.frontline.imports.ImportProgress;
import dev.frontline.imports.ImportReport;
import dev.frontline.imports.Importer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

@RestController
class ImportApi {

    private final Importer importer;
    private final JsonMapper json;

    ImportApi(Importer importer, JsonMapper json) {
        this.importer = importer;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import CSV files all-or-nothing",
            description = "Administrators only; everyone else 403. One or more parts named 'file': the dataset's "
                    + "layouts, Salesforce opportunity reports and data exports, HubSpot deal exports, or any "
                    + "opportunity file whose columns you map. "
                    + "200 with status COMPLETED when everything was written; 422 with status REJECTED and the errors "
                    + "(file, row, column, value, reason) when nothing was; 409 with status NEEDS_MAPPING and "
                    + "'mapping' listing the unknown stages (with a suggested outcome), owners and file headers when "
                    + "nothing was written because they must be mapped first. Post the same files again with a field "
                    + "or part 'mapping': {\"stages\":{\"Negotiation\":\"open\"},\"owners\":{\"0055x...\":\"cara.losch\"},"
                    + "\"columns\":{\"deals.csv\":{\"id\":\"Deal ID\",\"owner\":\"Rep\",\"stage\":\"Status\"}}}. "
                    + "409 with status NEEDS_CONFIRMATION and 'moves' ([{kind, subject, from, to, text}]) when a "
                    + "team file would move people, teams or create an office, nothing written: post the same files "
                    + "(and mapping) again with confirm=true and the answer's 'confirmation'; if the moves changed "
                    + "meanwhile, the answer is 409 again with the new moves. confirm other than true or false 400; "
                    + "an upload over the limit 413.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(type = "object", requiredProperties = "file"),
            schemaProperties = {
                @SchemaProperty(name = "file", array = @ArraySchema(minItems = 1, schema = @Schema(type = "string",
                        format = "binary", description = "A CSV file; one part per file"))),
                @SchemaProperty(name = "mapping", schema = @Schema(type = "string", contentMediaType = "application/json",
                        description = "JSON answers to a previous NEEDS_MAPPING (also taken from the query string)")),
                @SchemaProperty(name = "confirm", schema = @Schema(type = "boolean", description = "true to make the "
                        + "moves a previous NEEDS_CONFIRMATION named (also taken from the query string)")),
                @SchemaProperty(name = "confirmation", schema = @Schema(type = "string", description = "the "
                        + "'confirmation' of that answer: the import then goes ahead only if its moves are still "
                        + "those (also taken from the query string)"))}))
    @ApiResponse(responseCode = "200", description = "COMPLETED: everything was written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "409", description = "NEEDS_MAPPING or NEEDS_CONFIRMATION: nothing was written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "422", description = "REJECTED: nothing was written; the errors name file, row, "
            + "column, value and reason", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "413", description = "The upload is larger than the limit",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
    ResponseEntity<ImportReport> upload(@RequestPart("file") List<MultipartFile> files,
                                        MultipartHttpServletRequest request) throws IOException {
        ImportReport report = importer.run(Uploads.read(files), MappingJson.parse(json, field(request, "mapping")),
                confirmation(request), ImportOptions.asIs(), ImportProgress.NONE);
        return ResponseEntity.status(status(report)).body(report);
    }

    private static ImportConfirmation confirmation(MultipartHttpServletRequest request) throws IOException {
        String confirm = field(request, "confirm");
        String value = confirm == null ? "" : confirm.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "false" -> ImportConfirmation.none();
            case "true", "" -> new ImportConfirmation(value.equals("true"), field(request, "confirmation"));
            default -> throw new dev.frontline.shared.Malformed("confirm", "must be true or false, not '" + confirm.trim() + "'");
        };
    }

    private static @Nullable String field(MultipartHttpServletRequest request, String name) throws IOException {
        String field = request.getParameter(name);
        if (field != null) {
            return field;
        }
        MultipartFile part = request.getFile(name);
        return part == null ? null : new String(part.getBytes(), StandardCharsets.UTF_8);
    }

    private static int status(ImportReport report) {
        return switch (report.status()) {
            case COMPLETED -> 200;
            case REJECTED -> 422;
            case NEEDS_MAPPING, NEEDS_CONFIRMATION -> 409;
        };
    }
}
