/**
 * Demo mode: on an empty database, loads the CRM Sales Opportunities dataset through the importer users use,
 * shifted by whole months so that the current quarter holds its latest activity, and creates the demo logins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"forecast", "identity", "imports", "organization", "results", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.demo;
