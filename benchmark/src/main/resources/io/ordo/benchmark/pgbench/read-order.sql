-- C_read: what reading one order takes, as GET /api/v1/orders/{id} needs it: the order, its
-- lines, its history and its customer's data key, each by primary or foreign key.
\set n random(1, :orders)
select * from ordering.orders where id = (select id from bench.order_ids where n = :n);
select * from ordering.order_lines where order_id = (select id from bench.order_ids where n = :n) order by line_no;
select * from ordering.status_history where order_id = (select id from bench.order_ids where n = :n) order by id;
select k.wrapped_key, k.master_key_id from platform.data_keys k
    join ordering.orders o on o.customer_key_id = k.id
    where o.id = (select id from bench.order_ids where n = :n);
