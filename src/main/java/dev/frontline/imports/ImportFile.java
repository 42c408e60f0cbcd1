package dev.frontline.imports;

/** One uploaded file: its name and its bytes. */
public record ImportFile(String name, byte[] content) {
}
