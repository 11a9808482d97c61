package io.ordo.cli.reports;

import java.math.BigDecimal;

/** Amounts as report tables show them: as the server wrote them, never in scientific notation. */
final class Amounts {

    private Amounts() {
    }

    static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
