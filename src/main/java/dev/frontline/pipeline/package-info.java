/**
 * The sales pipeline: customer accounts, products, stages (data, each with an outcome) and opportunities.
 * Every read of deals takes the viewer's {@link dev.frontline.shared.Scope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pipeline",
        allowedDependencies = {"organization", "shared", "system"})
@org.jspecify.annotations.NullMarked
package dev.frontline.pipeline;
