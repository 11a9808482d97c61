-- One schema per bounded context: a context owns its tables and never reads another's.
create schema if not exists platform;
create schema if not exists identity;
create schema if not exists inventory;
create schema if not exists ordering;
create schema if not exists payments;
