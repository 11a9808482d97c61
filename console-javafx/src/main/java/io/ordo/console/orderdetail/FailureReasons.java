package io.ordo.console.orderdetail;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an order failed, in words: the server records a code and its detail
 * ({@code PAYMENT_DECLINED: insufficient_funds}); staff read "Payment declined: not enough money
 * on the card." A reason the console does not know is shown as the server wrote it, tidied.
 */
final class FailureReasons {

    private static final Pattern CODED = Pattern.compile("([A-Z]+(?:_[A-Z]+)+):\\s*(.*)", Pattern.DOTALL);

    /** What the payment gateway's decline codes mean (the codes the gateway and its sandbox send). */
    private static final Map<String, String> DECLINES = Map.of(
            "insufficient_funds", "not enough money on the card",
            "card_declined", "the card's bank refused it",
            "expired_card", "the card has expired",
            "incorrect_cvc", "the card's security code is wrong",
            "declined", "the card's bank refused it");

    private FailureReasons() {
    }

    static String inWords(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        Matcher coded = CODED.matcher(reason.strip());
        if (!coded.matches()) {
            return reason.strip();
        }
        String detail = coded.group(2).strip();
        return switch (coded.group(1)) {
            case "PAYMENT_DECLINED" -> "Payment declined: " + DECLINES.getOrDefault(detail.toLowerCase(Locale.ROOT),
                    detail.replace('_', ' ')) + ".";
            case "OUT_OF_STOCK" -> "Out of stock: " + detail + ".";
            case "VALIDATION_FAILED" -> "Not a valid order: " + detail + ".";
            default -> sentence(coded.group(1)) + ": " + detail.replace('_', ' ') + ".";
        };
    }

    /** {@code SOME_CODE} as {@code Some code}. */
    private static String sentence(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
