package io.ordo.ordering.domain;

import io.ordo.platform.money.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The order aggregate. Its status changes only through the methods below, each named after what
 * happens to the order; each checks {@link OrderLifecycle}, throws
 * {@link IllegalTransitionException} for an illegal move and appends the change to the history.
 */
@Entity
@Table(name = "orders", schema = "ordering")
public class Order {

    @Id
    private UUID id;

    @Column(name = "owner_client_id", nullable = false, updatable = false)
    private String ownerClientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false)
    private PaymentStatus paymentStatus;

    @Column(name = "failure_reason")
    private String failureReason;

    @Embedded
    private SealedCustomer customer;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "total_amount", nullable = false, updatable = false)
    private BigDecimal totalAmount;

    @Column(name = "payment_method", nullable = false, updatable = false)
    private String paymentMethod;

    @Column(name = "reserved_until")
    private Instant reservedUntil;

    @Column(name = "carrier")
    private String carrier;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_lines", schema = "ordering", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<StatusChange> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Order() {
    }

    /** A new order, CREATED, at the prices of the given lines (which come from the catalogue). */
    public static Order place(UUID id, String ownerClientId, SealedCustomer customer, Currency currency,
                              List<OrderLine> lines, String paymentMethod, Cause cause) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        Order order = new Order();
        order.id = Objects.requireNonNull(id);
        order.ownerClientId = Objects.requireNonNull(ownerClientId);
        order.customer = Objects.requireNonNull(customer);
        order.currency = currency.getCurrencyCode();
        order.lines.addAll(lines);
        order.totalAmount = lines.stream().map(line -> line.total(currency))
                .reduce(Money.zero(currency), Money::plus).amount();
        order.paymentMethod = Objects.requireNonNull(paymentMethod);
        order.paymentStatus = PaymentStatus.NONE;
        order.status = OrderStatus.CREATED;
        order.createdAt = cause.at();
        order.record(null, OrderStatus.CREATED, cause);
        return order;
    }

    public void validate(Cause cause) {
        move(OrderAction.VALIDATE, cause);
    }

    /** Validation, stock or payment said no; the reason is kept for staff and the storefront. */
    public void fail(Cause cause) {
        move(OrderAction.FAIL, cause);
        failureReason = cause.reason();
    }

    public void paymentDeclined(Cause cause) {
        fail(cause);
        paymentStatus = PaymentStatus.DECLINED;
    }

    /** Stock is held for every line until {@code until}; unpaid by then, the order expires. */
    public void reserve(Instant until, Cause cause) {
        move(OrderAction.RESERVE, cause);
        reservedUntil = Objects.requireNonNull(until);
    }

    public void pay(Cause cause) {
        move(OrderAction.PAY, cause);
        paymentStatus = PaymentStatus.CAPTURED;
    }

    public void expire(Cause cause) {
        move(OrderAction.EXPIRE, cause);
    }

    public void cancel(Cause cause) {
        move(OrderAction.CANCEL, cause);
    }

    public void ship(Shipment shipment, Cause cause) {
        move(OrderAction.SHIP, cause);
        carrier = shipment.carrier();
        trackingNumber = shipment.trackingNumber();
    }

    /** Sends a FAILED or EXPIRED order through the pipeline again. */
    public void retry(Cause cause) {
        move(OrderAction.RETRY, cause);
        failureReason = null;
        reservedUntil = null;
    }

    /**
     * The gateway holds or may hold money for this RESERVED order while payments settles it: the
     * order waits for the outcome instead of expiring. Not a transition of the order.
     */
    public void paymentInProgress(PaymentStatus inProgress, Instant at) {
        if (status == OrderStatus.RESERVED && paymentStatus != PaymentStatus.CAPTURED) {
            paymentStatus = inProgress;
            updatedAt = at;
        }
    }

    /** The gateway released an authorization that was never captured. Not a transition of the order. */
    public void paymentVoided(Instant at) {
        paymentStatus = PaymentStatus.VOIDED;
        updatedAt = at;
    }

    /** The gateway gave the captured money back. Not a transition of the order. */
    public void paymentRefunded(Instant at) {
        paymentStatus = PaymentStatus.REFUNDED;
        updatedAt = at;
    }

    /** The RESERVED order's stock hold ran out before it was paid. */
    public boolean reservationLapsed(Instant now) {
        return status == OrderStatus.RESERVED && reservedUntil != null && !now.isBefore(reservedUntil);
    }

    private void move(OrderAction action, Cause cause) {
        OrderStatus next = OrderLifecycle.next(status, action)
                .orElseThrow(() -> new IllegalTransitionException(id, status, action));
        OrderStatus previous = status;
        status = next;
        record(previous, next, cause);
    }

    private void record(OrderStatus from, OrderStatus to, Cause cause) {
        history.add(new StatusChange(from, to, cause.actor(), cause.reason(), cause.at(), cause.correlationId()));
        updatedAt = cause.at();
    }

    public UUID id() {
        return id;
    }

    public String ownerClientId() {
        return ownerClientId;
    }

    public boolean ownedBy(String clientId) {
        return ownerClientId.equals(clientId);
    }

    public OrderStatus status() {
        return status;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public String failureReason() {
        return failureReason;
    }

    /** Empty only for an order placed before personal data was sealed, until the server seals it. */
    public java.util.Optional<SealedCustomer> customer() {
        return java.util.Optional.ofNullable(customer);
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Money total() {
        return new Money(totalAmount, currency());
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    public Instant reservedUntil() {
        return reservedUntil;
    }

    /** Where the order went, once SHIPPED. */
    public java.util.Optional<Shipment> shipment() {
        return carrier == null ? java.util.Optional.empty() : java.util.Optional.of(new Shipment(carrier, trackingNumber));
    }

    public List<OrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    /** The number of transitions so far: a version of the order that consumers can compare. */
    public long transitions() {
        return history.size();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
