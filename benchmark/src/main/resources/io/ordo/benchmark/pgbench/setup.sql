-- The ceilings' tables: copies of Ordo's with the same columns, defaults, constraints and
-- indexes (written to by C_write, so the relay never sees its rows), and the ids of real orders
-- that C_read reads.
drop schema if exists bench cascade;
create schema bench;
create table bench.order_ids (n serial primary key, id uuid not null);
insert into bench.order_ids (id)
    select id from ordering.orders where owner_client_id = 'demo-storefront' order by created_at, id limit 2000;
create table bench.orders (like ordering.orders including all);
create table bench.order_lines (like ordering.order_lines including all);
alter table bench.order_lines add foreign key (order_id) references bench.orders (id);
create sequence bench.outbox_position;
create table bench.outbox (like platform.outbox including all);
alter table bench.outbox alter column position set default nextval('bench.outbox_position');
analyze bench.order_ids;
