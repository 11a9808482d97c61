-- What staff and admins did through the API: append-only, readable by admins.
create table platform.audit_log (
    id             bigserial    primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(100) not null,
    roles          varchar(200) not null,
    action         varchar(200) not null,
    target         varchar(300),
    http_method    varchar(10)  not null,
    path           varchar(500) not null,
    outcome        integer      not null,
    correlation_id varchar(100) not null
);
create index audit_log_by_actor on platform.audit_log (actor, id);

-- Append-only, whatever the application does: the audit trail cannot be rewritten.
create function platform.audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end
$$;
create trigger audit_log_append_only before update or delete on platform.audit_log
    for each row execute function platform.audit_log_is_append_only();
