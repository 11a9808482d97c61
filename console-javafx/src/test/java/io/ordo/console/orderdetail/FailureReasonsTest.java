package io.ordo.console.orderdetail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReasonsTest {

    @Test
    void a_declined_payment_says_why_in_words() {
        assertThat(FailureReasons.inWords("PAYMENT_DECLINED: insufficient_funds"))
                .isEqualTo("Payment declined: not enough money on the card.");
        assertThat(FailureReasons.inWords("PAYMENT_DECLINED: card_declined"))
                .isEqualTo("Payment declined: the card's bank refused it.");
        assertThat(FailureReasons.inWords("PAYMENT_DECLINED: do_not_honour"))
                .isEqualTo("Payment declined: do not honour.");
    }

    @Test
    void stock_and_validation_failures_keep_their_detail() {
        assertThat(FailureReasons.inWords("OUT_OF_STOCK: KB-001 has 2 available, 3 ordered"))
                .isEqualTo("Out of stock: KB-001 has 2 available, 3 ordered.");
        assertThat(FailureReasons.inWords("VALIDATION_FAILED: unknown product XX-1"))
                .isEqualTo("Not a valid order: unknown product XX-1.");
        assertThat(FailureReasons.inWords("GATEWAY_TIMED_OUT: after 3 attempts"))
                .isEqualTo("Gateway timed out: after 3 attempts.");
    }

    @Test
    void a_reason_written_by_people_is_left_as_it_is() {
        assertThat(FailureReasons.inWords("customer called: wrong size")).isEqualTo("customer called: wrong size");
        assertThat(FailureReasons.inWords("DHL: parcel lost")).isEqualTo("DHL: parcel lost");
        assertThat(FailureReasons.inWords(null)).isEmpty();
    }
}
