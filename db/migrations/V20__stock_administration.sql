-- Stock administration: who moved stock by hand and why, and a version per stock level so that
-- an adjustment can name the level it was decided on (If-Match).
alter table inventory.stock_ledger add column note varchar(1000);
alter table inventory.stock_ledger add column actor varchar(100);
alter table inventory.stock_levels add column version bigint not null default 0;

-- The ledger is read newest first per SKU for its history.
create index stock_ledger_by_sku_newest on inventory.stock_ledger (sku, id desc);
