package dev.frontline.imports.web;

import dev.frontline.imports.ImportOptions;
import dev.frontline.imports.ImportProgress;
import dev.frontline.imports.ImportReport;
import dev.frontline.imports.Importer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Imports")
class ImportApi {

    private final Importer importer;

    ImportApi(Importer importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import CSV files all-or-nothing",
            description = "One or more parts named 'file'. 200 with status COMPLETED when everything was written; "
                    + "422 with status REJECTED and the errors (file, row, column, value, reason) when nothing was.")
    ResponseEntity<ImportReport> upload(@RequestPart("file") List<MultipartFile> files) throws IOException {
        ImportReport report = importer.run(Uploads.read(files), ImportOptions.asIs(), ImportProgress.NONE);
        return ResponseEntity.status(report.completed() ? 200 : 422).body(report);
    }
}
