-- Reporting: read models fed only by events, never by reading another context's tables.
--
-- Every read model table is keyed by a generation. Exactly one generation is LIVE: it answers
-- the reports and live events feed it. A rebuild fills the next generation from the event
-- history (platform.outbox) while the live one keeps being fed, then makes it LIVE.
--
-- The report tables hold one row per day and key (currency, product, status, outcome), so a
-- report reads as many rows as days (times products) it covers, whatever the number of orders.
-- Only reporting.orders grows with the orders; reports read it through a partial index over the
-- orders that are not in a final state (the stuck orders) and by primary key.
create schema if not exists reporting;

create table reporting.generations (
    generation        integer       primary key,
    status            varchar(10)   not null check (status in ('BUILDING', 'LIVE', 'RETIRED', 'FAILED')),
    -- The history position up to which the history was replayed into this generation: a live
    -- event at or below it is in it already.
    replayed_through  bigint        not null default 0,
    -- Freshness: the highest history position applied, its event, and when that event happened.
    as_of_position    bigint        not null default 0,
    as_of_event_id    uuid,
    as_of_time        timestamptz,
    events_applied    bigint        not null default 0,
    requested_by      varchar(100)  not null,
    started_at        timestamptz   not null default now(),
    progressed_at     timestamptz   not null default now(),
    finished_at       timestamptz,
    failure           varchar(2000)
);
create unique index generations_one_live on reporting.generations ((true)) where status = 'LIVE';
create unique index generations_one_building on reporting.generations ((true)) where status = 'BUILDING';
-- The first generation is fed by live events from the start; a rebuild replays the history into a new one.
insert into reporting.generations (generation, status, requested_by) values (1, 'LIVE', 'V9__reporting.sql');

-- What reporting remembers of each order so that later events are counted right: its status
-- (and since when), its money and lines as placed, whether its sale and refund were counted,
-- and the last payment outcome seen. version is the number of transitions applied: an older
-- event is ignored.
create table reporting.orders (
    generation       integer        not null,
    order_id         uuid           not null,
    version          bigint         not null,
    status           varchar(20),
    status_since     timestamptz,
    currency         varchar(3),
    total            numeric(19, 4),
    lines            jsonb          not null default '[]',
    sold_on          date,
    refunded_on      date,
    payment_attempt  bigint         not null default 0,
    payment_outcome  varchar(10),
    primary key (generation, order_id)
);
-- The stuck orders: not in a final state, longest in their status first, all or of one status.
create index orders_not_final_by_age on reporting.orders (generation, status_since, order_id)
    where status not in ('SHIPPED', 'CANCELLED');
create index orders_not_final_by_status on reporting.orders (generation, status, status_since, order_id)
    where status not in ('SHIPPED', 'CANCELLED');

-- Stock per product as inventory announced it; version orders the announcements of one SKU.
create table reporting.stock_levels (
    generation  integer      not null,
    sku         varchar(64)  not null,
    on_hand     integer      not null,
    reserved    integer      not null,
    version     bigint       not null,
    counted_at  timestamptz  not null,
    primary key (generation, sku)
);

-- The latest name seen for each product in an order.
create table reporting.products (
    generation  integer       not null,
    sku         varchar(64)   not null,
    name        varchar(200)  not null,
    primary key (generation, sku)
);

-- Sales per UTC day and currency: counted when an order became PAID; refunds on the day of
-- PaymentRefunded, for orders counted as sold.
create table reporting.sales_by_day (
    generation         integer         not null,
    day                date            not null,
    currency           varchar(3)      not null,
    orders             bigint          not null,
    quantity           bigint          not null,
    revenue            numeric(19, 4)  not null,
    refunded_orders    bigint          not null,
    refunded_quantity  bigint          not null,
    refunds            numeric(19, 4)  not null,
    primary key (generation, day, currency)
);

-- The same per product.
create table reporting.sales_by_product (
    generation         integer         not null,
    day                date            not null,
    sku                varchar(64)     not null,
    currency           varchar(3)      not null,
    orders             bigint          not null,
    quantity           bigint          not null,
    revenue            numeric(19, 4)  not null,
    refunded_orders    bigint          not null,
    refunded_quantity  bigint          not null,
    refunds            numeric(19, 4)  not null,
    primary key (generation, day, sku, currency)
);

-- Orders in each status now.
create table reporting.orders_by_status (
    generation  integer      not null,
    status      varchar(20)  not null,
    orders      bigint       not null,
    primary key (generation, status)
);

-- Orders that moved into each status, per UTC day.
create table reporting.status_changes_by_day (
    generation  integer      not null,
    day         date         not null,
    status      varchar(20)  not null,
    changes     bigint       not null,
    primary key (generation, day, status)
);

-- Payment outcomes (CAPTURED, DECLINED, VOIDED, REFUNDED) per UTC day and currency.
create table reporting.payment_outcomes_by_day (
    generation  integer         not null,
    day         date            not null,
    currency    varchar(3)      not null,
    outcome     varchar(10)     not null,
    payments    bigint          not null,
    amount      numeric(19, 4)  not null,
    primary key (generation, day, currency, outcome)
);
