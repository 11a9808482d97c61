package io.ordo.ordering.api;

import io.ordo.ordering.application.PlaceOrder;
import io.ordo.platform.money.KnownCurrency;
import io.ordo.platform.web.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of POST /orders. It has no field for prices, totals, status or owner: those are the
 * server's, and a body that tries to set them is refused as malformed.
 */
public record PlaceOrderRequest(
        @NotNull(message = "is required") @Valid Customer customer,
        @NotNull(message = "is required") @KnownCurrency String currency,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "must be a payment method token such as tok_visa")
        String paymentMethod,
        @NotNull(message = "is required") @Size(min = 1, max = 100, message = "must have 1 to 100 lines")
        List<@NotNull(message = "must not be null") @Valid Line> lines) {

    public record Customer(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @SingleLine
            String name,
            @NotBlank(message = "is required") @Email(message = "must be an email address")
            @Size(max = 320, message = "must be at most 320 characters") @SingleLine String email,
            @Size(max = 50, message = "must be at most 50 characters") @SingleLine String phone,
            @Size(max = 1000, message = "must be at most 1000 characters") @SingleLine String address) {
    }

    public record Line(
            @NotBlank(message = "is required") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be a product SKU")
            String sku,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
            @Max(value = 1000, message = "must be at most 1000") Integer quantity) {
    }

    PlaceOrder toCommand() {
        return new PlaceOrder(
                new PlaceOrder.CustomerDetails(customer.name().strip(), customer.email().strip(),
                        blankToNull(customer.phone()), blankToNull(customer.address())),
                currency, paymentMethod,
                lines.stream().map(line -> new PlaceOrder.Line(line.sku(), line.quantity())).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
