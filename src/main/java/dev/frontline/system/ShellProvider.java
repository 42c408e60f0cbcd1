package dev.frontline.system;

import jakarta.servlet.http.HttpServletRequest;

/** Builds the page chrome for a request; implemented where the signed-in user is known. */
public interface ShellProvider {

    Shell shell(HttpServletRequest request);
}
