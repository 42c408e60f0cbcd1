package dev.frontline.system;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The URLs pages link their static files by: a WebJar's with its version ({@code /webjars/bootstrap/5.3.8/...}),
 * Frontline's own with the hash of their content ({@code /css/frontline-<md5>.css}). Either changes when the file
 * does, so browsers may keep them for a year ({@link StaticAssetsConfiguration}).
 */
@Component
public class Assets {

    private final ResourceUrlProvider urls;

    Assets(ResourceUrlProvider mvcResourceUrlProvider) {
        this.urls = mvcResourceUrlProvider;
    }

    /** The versioned URL of a static file given by its plain path, or the plain path when none resolves it. */
    public String url(String path) {
        String versioned = urls.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
