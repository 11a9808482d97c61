create table ordering.orders (
    id               uuid           primary key,
    owner_client_id  varchar(100)   not null,
    status           varchar(20)    not null,
    payment_status   varchar(20)    not null,
    failure_reason   varchar(500),
    customer_name    varchar(200)   not null,
    customer_email   varchar(320)   not null,
    customer_phone   varchar(50),
    customer_address varchar(1000),
    currency         char(3)        not null,
    total_amount     numeric(19, 4) not null,
    payment_method   varchar(100)   not null,
    created_at       timestamptz    not null,
    updated_at       timestamptz    not null,
    version          bigint         not null
);
create index orders_by_owner on ordering.orders (owner_client_id, created_at desc, id);
create index orders_by_status on ordering.orders (status, created_at desc, id);

create table ordering.order_lines (
    order_id     uuid           not null references ordering.orders (id),
    line_no      integer        not null,
    sku          varchar(64)    not null,
    product_name varchar(200)   not null,
    quantity     integer        not null check (quantity > 0),
    unit_price   numeric(19, 4) not null,
    primary key (order_id, line_no)
);

create table ordering.status_history (
    id             bigserial    primary key,
    order_id       uuid         not null references ordering.orders (id),
    from_status    varchar(20),
    to_status      varchar(20)  not null,
    actor          varchar(100) not null,
    reason         varchar(500),
    changed_at     timestamptz  not null,
    correlation_id varchar(100) not null
);
create index status_history_by_order on ordering.status_history (order_id, id);

-- Idempotency-Key records, scoped to the client that sent them.
create table ordering.idempotency_keys (
    client_id      varchar(100) not null,
    idempotency_key varchar(255) not null,
    request_hash   varchar(64)  not null,
    order_id       uuid         not null,
    created_at     timestamptz  not null default now(),
    primary key (client_id, idempotency_key)
);
