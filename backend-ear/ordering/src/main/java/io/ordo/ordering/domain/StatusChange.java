package io.ordo.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an order's history: who moved it from where to where, why, and when. */
@Entity
@Table(name = "status_history", schema = "ordering")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private OrderStatus to;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    private String correlationId;

    protected StatusChange() {
    }

    StatusChange(OrderStatus from, OrderStatus to, String actor, String reason, Instant at, String correlationId) {
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.at = at;
        this.correlationId = correlationId;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }

    public String correlationId() {
        return correlationId;
    }
}
