package dev.frontline.imports.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.Viewer;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page: pick files, watch the upload and the import progress, map what the import does not know (new
 * stages, owners, columns) and confirm, confirm (or cancel) the moves a team file makes, read the report.
 */
@Controller
@NavSection(Section.IMPORTS)
class ImportPages {

    static final String PAGE = "imports/upload";
    static final String JOB = "imports/job";

    private final ImportJobs jobs;
    private final Organization organization;

    ImportPages(ImportJobs jobs, Organization organization) {
        this.jobs = jobs;
        this.organization = organization;
    }

    @GetMapping("/imports")
    String page(Viewer viewer, Model model) {
        List<ImportJob> recent = jobs.recent(viewer.accountId());
        model.addAttribute("jobs", recent);
        model.addAttribute("people", people(recent));
        model.addAttribute("teams", teams(recent));
        return PAGE;
    }

    @PostMapping("/imports")
    String upload(Viewer viewer, @RequestParam(name = "file", required = false) List<MultipartFile> files,
                  Model model) throws IOException {
        if (files == null) {
            throw new dev.frontline.shared.Malformed("file", "No file to import: choose one or more CSV files");
        }
        return job(jobs.start(viewer.accountId(), Uploads.read(files)), model);
    }

    @GetMapping("/imports/jobs/{id}")
    String job(Viewer viewer, @PathVariable UUID id, Model model) {
        return job(jobs.get(viewer.accountId(), id), model);
    }

    @PostMapping("/imports/jobs/{id}/mapping")
    String confirmMapping(Viewer viewer, @PathVariable UUID id, HttpServletRequest request,
                          @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        ImportJob job = jobs.confirm(viewer.accountId(), id, MappingForm.parse(request.getParameterMap()));
        return htmx == null ? "redirect:/imports" : job(job, model);
    }

    @PostMapping("/imports/jobs/{id}/moves")
    String confirmMoves(Viewer viewer, @PathVariable UUID id,
                        @RequestParam(required = false) @Nullable String confirmation,
                        @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        ImportJob job = jobs.confirmMoves(viewer.accountId(), id, confirmation);
        return htmx == null ? "redirect:/imports" : job(job, model);
    }

    @PostMapping("/imports/jobs/{id}/cancel")
    String cancel(Viewer viewer, @PathVariable UUID id,
                  @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        ImportJob job = jobs.cancel(viewer.accountId(), id);
        return htmx == null ? "redirect:/imports" : job(job, model);
    }

    private String job(ImportJob job, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("people", people(List.of(job)));
        model.addAttribute("teams", teams(List.of(job)));
        return JOB;
    }

    private List<TeamSummary> teams(List<ImportJob> shown) {
        return shown.stream().anyMatch(ImportJob::needsMapping) ? organization.allTeams() : List.of();
    }

    private List<Member> people(List<ImportJob> shown) {
        return shown.stream().anyMatch(ImportJob::needsMapping) ? organization.everyone() : List.of();
    }
}
