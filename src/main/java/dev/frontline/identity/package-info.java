/**
 * Logins, roles and sign-in: form login and HTTP Basic, one-time passwords that must be changed, the admin's
 * management of logins, and the resolution of every request's {@link dev.frontline.shared.Viewer} and
 * {@link dev.frontline.shared.Scope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"organization", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.identity;
