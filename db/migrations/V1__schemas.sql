-- One schema per bounded context: a context owns its tables and never reads another's.
-- (platform, which keeps the migration history, is created by Flyway itself.)
create schema if not exists identity;
create schema if not exists inventory;
create schema if not exists ordering;
create schema if not exists payments;
