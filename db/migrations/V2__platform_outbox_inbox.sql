-- Transactional outbox: written in the same transaction as the state change it announces,
-- relayed to the broker afterwards and marked published only once the broker accepted it.
create table platform.outbox (
    position        bigserial    primary key,
    event_id        uuid         not null unique,
    event_type      varchar(100) not null,
    aggregate_type  varchar(50)  not null,
    aggregate_id    varchar(100) not null,
    aggregate_version bigint     not null,
    occurred_at     timestamptz  not null,
    correlation_id  varchar(100) not null,
    envelope        text         not null,
    attempts        integer      not null default 0,
    last_error      text,
    published_at    timestamptz
);
-- The relay only ever looks for unpublished rows, in order.
create index outbox_unpublished on platform.outbox (position) where published_at is null;

-- Inbox: the events each consumer has applied, recorded in the same transaction as the effect,
-- so a redelivered event is recognised and skipped.
create table platform.inbox (
    consumer    varchar(50)  not null,
    event_id    uuid         not null,
    event_type  varchar(100) not null,
    applied_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
