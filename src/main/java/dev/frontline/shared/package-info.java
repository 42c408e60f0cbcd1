/**
 * The shared kernel every module speaks: who is asking ({@link dev.frontline.shared.Viewer}), what they may
 * see ({@link dev.frontline.shared.Scope}), sales periods and the not-found signal that keeps existence hidden.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package dev.frontline.shared;
