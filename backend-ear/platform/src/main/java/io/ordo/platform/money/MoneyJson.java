package io.ordo.platform.money;

/** Money on the wire: the amount as a decimal string, so no client parses it into a double. */
public record MoneyJson(String amount, String currency) {

    public static MoneyJson of(Money money) {
        return new MoneyJson(money.amountText(), money.currencyCode());
    }
}
