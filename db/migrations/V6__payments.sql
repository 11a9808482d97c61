-- One payment per order; the gateway idempotency key is stored before any gateway call.
create table payments.payments (
    order_id          uuid           primary key,
    idempotency_key   varchar(100)   not null unique,
    gateway_payment_id varchar(100),
    status            varchar(20)    not null,
    amount            numeric(19, 4) not null,
    currency          char(3)        not null,
    payment_method    varchar(100)   not null,
    decline_reason    varchar(200),
    created_at        timestamptz    not null default now(),
    updated_at        timestamptz    not null default now()
);
