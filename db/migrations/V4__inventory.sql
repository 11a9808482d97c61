create table inventory.products (
    sku            varchar(64)    primary key,
    name           varchar(200)   not null,
    description    varchar(2000)  not null default '',
    price_amount   numeric(19, 4) not null check (price_amount >= 0),
    currency       char(3)        not null,
    active         boolean        not null default true,
    low_stock_threshold integer   not null default 5,
    created_at     timestamptz    not null default now()
);

-- Append-only stock ledger: the truth about every movement.
create table inventory.stock_ledger (
    id             bigserial    primary key,
    sku            varchar(64)  not null references inventory.products (sku),
    movement       varchar(20)  not null check (movement in ('RECEIVED', 'RESERVED', 'RELEASED', 'SHIPPED', 'ADJUSTED')),
    quantity       integer      not null check (quantity > 0 or movement = 'ADJUSTED'),
    order_id       uuid,
    reason         varchar(500),
    recorded_at    timestamptz  not null default now()
);
create index stock_ledger_by_sku on inventory.stock_ledger (sku, id);

-- On-hand and reserved derived from the ledger, kept in the same transaction as each ledger row;
-- the constraints make overselling impossible whatever the concurrency.
create table inventory.stock_levels (
    sku            varchar(64) primary key references inventory.products (sku),
    on_hand        integer     not null default 0,
    reserved       integer     not null default 0,
    constraint reserved_not_negative check (reserved >= 0),
    constraint reserved_within_on_hand check (reserved <= on_hand)
);

create table inventory.reservations (
    order_id       uuid         primary key,
    status         varchar(20)  not null check (status in ('ACTIVE', 'RELEASED', 'SHIPPED')),
    expires_at     timestamptz  not null,
    created_at     timestamptz  not null default now()
);

create table inventory.reservation_lines (
    order_id       uuid        not null references inventory.reservations (order_id),
    sku            varchar(64) not null references inventory.products (sku),
    quantity       integer     not null check (quantity > 0),
    primary key (order_id, sku)
);
