-- One payment per order. Its gateway idempotency key is stored before any gateway call, so an
-- interrupted call can always be settled by asking the gateway about that key.
create table payments.payments (
    order_id           uuid           primary key,
    attempt            integer        not null default 1,
    idempotency_key    varchar(100)   not null unique,
    gateway_payment_id varchar(100),
    status             varchar(20)    not null,
    amount             numeric(19, 4) not null,
    currency           char(3)        not null,
    payment_method     varchar(100)   not null,
    decline_reason     varchar(200),
    last_error         varchar(500),
    created_at         timestamptz    not null default now(),
    updated_at         timestamptz    not null default now(),
    version            bigint         not null default 0
);
-- The reconciliation job looks for payments whose outcome is not known yet.
create index payments_unsettled on payments.payments (updated_at) where status in ('PENDING', 'UNKNOWN', 'AUTHORIZED');
