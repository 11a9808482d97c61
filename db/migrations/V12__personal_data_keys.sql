-- One data key per data subject (a customer), kept only wrapped by a master key from configuration.
-- Erasing a subject destroys the wrapped key: what was sealed with it stays, unreadable for good.
create table platform.data_keys (
    id             uuid         primary key,
    subject        varchar(64)  not null,
    wrapped_key    bytea,
    master_key_id  varchar(40),
    created_at     timestamptz  not null default now(),
    destroyed_at   timestamptz,
    check ((destroyed_at is null) = (wrapped_key is not null and master_key_id is not null))
);
-- One live key per subject; destroyed ones stay on record.
create unique index data_keys_live_subject on platform.data_keys (subject) where destroyed_at is null;
create index data_keys_by_master_key on platform.data_keys (master_key_id) where destroyed_at is null;

-- Orders keep their customer sealed under the customer's data key, with a keyed hash of the email
-- for exact search and keyed hashes of the words of the name and email for free-text search.
-- Rows written before this migration are sealed by the server when it starts, which then clears
-- the old clear-text columns.
alter table ordering.orders
    add column customer_key_id     uuid,
    add column customer_sealed     text,
    add column customer_email_hash varchar(64),
    add column customer_search     text,
    alter column customer_name  drop not null,
    alter column customer_email drop not null;
create index orders_by_customer_email_hash on ordering.orders (customer_email_hash, created_at desc, id);
create index orders_by_customer_words on ordering.orders using gin (to_tsvector('simple', coalesce(customer_search, '')));
create index orders_awaiting_sealing on ordering.orders (id) where customer_key_id is null and customer_name is not null;
