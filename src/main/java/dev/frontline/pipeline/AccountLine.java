package dev.frontline.pipeline;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A customer account: as an import file gives it, and as a deal's page shows it. */
public record AccountLine(String name, @Nullable String sector, @Nullable Integer yearEstablished,
                          @Nullable BigDecimal revenueMillions, @Nullable Integer employees,
                          @Nullable String officeLocation, @Nullable String subsidiaryOf) {
}
