-- Cancel, retry, ship and expiry of orders.

-- When the stock held for a RESERVED order runs out (the reservation's expiry), and where a
-- shipped order went.
alter table ordering.orders add column reserved_until timestamptz;
alter table ordering.orders add column carrier varchar(100);
alter table ordering.orders add column tracking_number varchar(100);
-- The expiry job looks for orders that waited too long in VALIDATED or RESERVED.
create index orders_awaiting_expiry on ordering.orders (updated_at) where status in ('VALIDATED', 'RESERVED');

-- An Idempotency-Key is claimed before the order is placed, so a duplicate that arrives while
-- the first request is still being processed is told so (409) instead of waiting or duplicating.
alter table ordering.idempotency_keys add column status varchar(20) not null default 'COMPLETED'
    check (status in ('IN_FLIGHT', 'COMPLETED'));
alter table ordering.idempotency_keys alter column order_id drop not null;
alter table ordering.idempotency_keys add column claimed_at timestamptz not null default now();

-- A payment whose order was cancelled, failed or expired while a gateway call was under way:
-- once its outcome is known it is voided or refunded instead of being announced as paid.
alter table payments.payments add column cancel_requested boolean not null default false;
alter table payments.payments drop constraint if exists payments_status_check;
drop index if exists payments.payments_unsettled;
create index payments_unsettled on payments.payments (updated_at)
    where status in ('PENDING', 'UNKNOWN', 'AUTHORIZED') or (cancel_requested and status = 'CAPTURED');

-- Reservations remember the order version (the number of its transitions) of the event that
-- last changed them, so a stale event arriving late (e.g. a replayed "validated" after the
-- order expired) can be told from a retried order that needs stock again.
alter table inventory.reservations add column order_version bigint not null default 0;
