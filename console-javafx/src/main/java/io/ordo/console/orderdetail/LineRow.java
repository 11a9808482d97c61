package io.ordo.console.orderdetail;

import io.ordo.client.model.OrderLine;

/** One line of an order as its table shows it. */
public record LineRow(String sku, String name, String quantity, String unitPrice, String lineTotal) {

    static LineRow of(OrderLine line) {
        return new LineRow(line.sku(), line.name(), Integer.toString(line.quantity()),
                line.unitPrice() == null ? "" : line.unitPrice().toString(),
                line.lineTotal() == null ? "" : line.lineTotal().toString());
    }
}
