package dev.frontline.imports.web;

import dev.frontline.shared.Viewer;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The upload page: pick files, watch the upload and the import progress, read the report. */
@Controller
class ImportPages {

    static final String PAGE = "imports/upload";
    static final String JOB = "imports/job";

    private final ImportJobs jobs;

    ImportPages(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/imports")
    String page(Viewer viewer, Model model) {
        model.addAttribute("jobs", jobs.recent(viewer.accountId()));
        return PAGE;
    }

    @PostMapping("/imports")
    String upload(Viewer viewer, @RequestParam(name = "file", required = false) List<MultipartFile> files,
                  Model model) throws IOException {
        if (files == null) {
            throw new IllegalArgumentException("No file to import: choose one or more CSV files");
        }
        model.addAttribute("job", jobs.start(viewer.accountId(), Uploads.read(files)));
        return JOB;
    }

    @GetMapping("/imports/jobs/{id}")
    String job(Viewer viewer, @PathVariable UUID id, Model model) {
        model.addAttribute("job", jobs.get(viewer.accountId(), id));
        return JOB;
    }
}
