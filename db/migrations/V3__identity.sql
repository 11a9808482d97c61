create table identity.users (
    id             uuid         primary key,
    username       varchar(100) not null unique,
    password_hash  varchar(255) not null,
    roles          varchar(200) not null,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now()
);

create table identity.clients (
    client_id      varchar(100) primary key,
    display_name   varchar(200) not null,
    secret_hash    varchar(255) not null,
    roles          varchar(200) not null,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now()
);

-- Token signing keys, shared by every server; the kid is the key's RFC 7638 thumbprint.
create table identity.signing_keys (
    kid            varchar(100) primary key,
    private_key    bytea        not null,
    public_key     bytea        not null,
    created_at     timestamptz  not null default now(),
    retired_at     timestamptz
);
