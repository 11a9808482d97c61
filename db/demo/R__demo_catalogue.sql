-- Demo catalogue for the dev profile (location enabled by ordo.demo.data=true).
-- Re-runnable: products are only added when missing, and initial stock is received once.
insert into inventory.products (sku, name, description, price_amount, currency) values
  ('KB-001',  'Mechanical keyboard',        'Tenkeyless, brown switches',            89.90, 'EUR'),
  ('MS-002',  'Wireless mouse',             'Ergonomic, 6 buttons',                  34.50, 'EUR'),
  ('MN-003',  '27" monitor',                '2560x1440, IPS',                       279.00, 'EUR'),
  ('HS-004',  'Headset',                    'Closed-back, USB-C',                    64.99, 'EUR'),
  ('WC-005',  'Webcam',                     '1080p, privacy shutter',                49.00, 'EUR'),
  ('DK-006',  'USB-C dock',                 '2 displays, 100 W pass-through',       149.00, 'EUR'),
  ('CH-007',  'Office chair',               'Mesh back, adjustable arms',           239.00, 'EUR'),
  ('DS-008',  'Standing desk',              'Electric, 140x70 cm',                  399.00, 'EUR'),
  ('LP-009',  'Desk lamp',                  'LED, dimmable',                         29.90, 'EUR'),
  ('MP-010',  'Mouse pad XL',               '90x40 cm',                              19.90, 'EUR'),
  ('CB-011',  'USB-C cable 2 m',            '100 W, braided',                         9.90, 'EUR'),
  ('HB-012',  'USB hub',                    '4 ports, USB 3.2',                      24.90, 'EUR'),
  ('SP-013',  'Speakers',                   '2.0, Bluetooth',                        79.00, 'EUR'),
  ('MC-014',  'Microphone',                 'Cardioid, USB',                         99.00, 'EUR'),
  ('SS-015',  'Laptop stand',               'Aluminium, foldable',                   39.90, 'EUR'),
  ('SD-016',  'Portable SSD 1 TB',          'USB-C, 1050 MB/s',                     109.00, 'EUR'),
  ('PB-017',  'Power bank',                 '20000 mAh, 65 W',                       59.00, 'EUR'),
  ('NB-018',  'Notebook',                   'A5, dotted, 160 pages',                  7.50, 'EUR'),
  ('PN-019',  'Fountain pen',               'Medium nib',                            24.00, 'EUR'),
  ('LS-020',  'Limited edition sticker',    'Only one left: for trying the race',     2.00, 'EUR'),
  ('OLD-021', 'Discontinued cable',         'No longer sold',                         4.90, 'EUR')
on conflict (sku) do nothing;

update inventory.products set active = false where sku = 'OLD-021';

insert into inventory.stock_ledger (sku, movement, quantity, reason)
select p.sku, 'RECEIVED', case p.sku when 'LS-020' then 1 when 'DS-008' then 3 else 100 end, 'demo data: initial stock'
from inventory.products p
where p.sku in ('KB-001','MS-002','MN-003','HS-004','WC-005','DK-006','CH-007','DS-008','LP-009','MP-010',
                'CB-011','HB-012','SP-013','MC-014','SS-015','SD-016','PB-017','NB-018','PN-019','LS-020','OLD-021')
  and not exists (select 1 from inventory.stock_ledger l where l.sku = p.sku);

insert into inventory.stock_levels (sku, on_hand, reserved)
select l.sku, sum(l.quantity), 0 from inventory.stock_ledger l
where not exists (select 1 from inventory.stock_levels s where s.sku = l.sku)
group by l.sku;
