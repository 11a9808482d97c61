-- C_write: one transaction writing an order of three lines and its outbox row, into copies of
-- Ordo's tables, with the sealed customer and the event envelope as long as Ordo's (:sealed and
-- :envelope characters).
\set c random(1, 1000000000)
begin;
insert into bench.orders (id, owner_client_id, status, payment_status, currency, total_amount, payment_method,
                          created_at, updated_at, version, customer_key_id, customer_sealed, customer_email_hash,
                          customer_search)
    values (gen_random_uuid(), 'demo-storefront', 'CREATED', 'NONE', 'EUR', 59.97, 'tok_visa', now(), now(), 0,
            gen_random_uuid(), repeat('s', :sealed), md5(:c::text), 'bench customer ' || :c::text)
    returning id as order_id \gset
insert into bench.order_lines (order_id, line_no, sku, product_name, quantity, unit_price)
    values (:order_id, 1, 'BENCH-1', 'Bench product one', 1, 19.99),
           (:order_id, 2, 'BENCH-2', 'Bench product two', 1, 19.99),
           (:order_id, 3, 'BENCH-3', 'Bench product three', 1, 19.99);
insert into bench.outbox (event_id, event_type, aggregate_type, aggregate_id, aggregate_version, occurred_at,
                          correlation_id, envelope)
    values (gen_random_uuid(), 'OrderCreated', 'Order', :order_id, 1, now(), 'bench-' || :c::text,
            repeat('e', :envelope));
commit;
