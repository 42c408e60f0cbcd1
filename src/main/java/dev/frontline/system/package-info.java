/**
 * What every module shares at run time: the database (embedded PostgreSQL by default), the clock, the page
 * chrome and the translation of errors into problem details and friendly pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package dev.frontline.system;
