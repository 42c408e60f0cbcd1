package dev.frontline.pipeline;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A product: as an import file gives it, and as a deal's page shows it. */
public record ProductLine(String name, @Nullable String series, @Nullable BigDecimal salesPrice) {
}
