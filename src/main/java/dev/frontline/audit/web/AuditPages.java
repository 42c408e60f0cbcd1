package dev.frontline.audit.web;

import dev.frontline.audit.AuditAction;
import dev.frontline.audit.AuditLog;
import dev.frontline.shared.Scope;
import dev.frontline.system.NavSection;
import dev.frontline.system.Section;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin's audit page: every access to private content, filtered and paged; the old 1:1 log's address moved. */
@Controller
class AuditPages {

    static final String AUDIT = "audit/audit";
    static final int PAGE_SIZE = 100;

    private final AuditLog log;

    AuditPages(AuditLog log) {
        this.log = log;
    }

    @NavSection(Section.AUDIT)
    @GetMapping("/admin/audit")
    String audit(Scope scope, AuditParams params, Model model) {
        model.addAttribute("page", log.search(scope, params.query(PAGE_SIZE)));
        model.addAttribute("filter", params);
        model.addAttribute("kinds", log.kinds(scope));
        model.addAttribute("actions", List.of(AuditAction.values()));
        return AUDIT;
    }

    /** The 1:1 notes' log had a page of its own; it is now the one page, filtered to that kind. */
    @NavSection(Section.AUDIT)
    @GetMapping("/admin/audit/coaching")
    RedirectView coaching(@RequestParam(required = false) @Nullable Long repId) {
        var target = UriComponentsBuilder.fromPath("/admin/audit").queryParam("kind", "coaching");
        if (repId != null) {
            target.queryParam("repId", repId);
        }
        RedirectView view = new RedirectView(target.toUriString());
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return view;
    }
}
