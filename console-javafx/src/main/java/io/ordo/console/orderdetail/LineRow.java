package io.ordo.console.orderdetail;

import io.ordo.client.model.OrderLine;
import io.ordo.console.common.Formats;

/** One line of an order as its table shows it. */
public record LineRow(String sku, String name, String quantity, String unitPrice, String lineTotal) {

    static LineRow of(OrderLine line) {
        return new LineRow(line.sku(), line.name(), Integer.toString(line.quantity()),
                Formats.money(line.unitPrice()), Formats.money(line.lineTotal()));
    }
}
