/**
 * Offices (regions), teams, the people in them and who manages whom. Owns the answer to "what may this viewer
 * see": {@link dev.frontline.organization.Organization#scopeFor(dev.frontline.shared.Viewer)}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization",
        allowedDependencies = {"shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.organization;
