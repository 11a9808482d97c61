-- Messages a consumer failed to apply, counted per consumer while the broker redelivers them.
-- A message is identified by the SHA-256 of its text: the same on every redelivery, and defined
-- even for a message that is not an event envelope. The row goes away when the message is
-- finally applied or parked as a dead letter.
create table platform.delivery_failures (
    consumer        varchar(50)   not null,
    message_digest  char(64)      not null,
    attempts        integer       not null check (attempts > 0),
    first_failed_at timestamptz   not null,
    last_failed_at  timestamptz   not null,
    last_error      varchar(2000) not null,
    primary key (consumer, message_digest)
);

-- Dead letters: messages a consumer kept failing on, acknowledged to the broker and kept here
-- for an admin to read, replay through the same consumer, or discard. Resolved rows stay for
-- the record.
create table platform.dead_letters (
    id              bigint        generated always as identity primary key,
    consumer        varchar(50)   not null,
    message_digest  char(64)      not null,
    event_id        uuid,
    event_type      varchar(100),
    aggregate_id    varchar(100),
    message         text          not null,
    last_error      varchar(2000) not null,
    attempts        integer       not null check (attempts > 0),
    first_failed_at timestamptz   not null,
    last_failed_at  timestamptz   not null,
    status          varchar(10)   not null default 'PARKED'
                                  check (status in ('PARKED', 'REPLAYED', 'DISCARDED')),
    resolved_by     varchar(100),
    resolved_at     timestamptz,
    constraint resolved_when_not_parked
        check ((status = 'PARKED') = (resolved_by is null and resolved_at is null))
);
-- A message parked again before anyone resolved it (the relay may send an event twice) joins
-- the dead letter already waiting instead of adding a second one.
create unique index dead_letters_parked_once on platform.dead_letters (consumer, message_digest)
    where status = 'PARKED';
-- The admin list: newest first, usually filtered by status.
create index dead_letters_by_status on platform.dead_letters (status, id);
