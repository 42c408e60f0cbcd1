package dev.frontline.results;

import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;

/** A quota as an import file gives it: a rep's username, a period and an amount. */
public record QuotaLine(String rep, SalesPeriod period, BigDecimal amount) {
}
