-- Refresh tokens rotate on every use; all tokens descending from one sign-in form a family,
-- and presenting a token that was already used revokes the whole family (RFC 9700 4.14.2).
-- Only a SHA-256 of each token is stored: the tokens are random, so a slow hash adds nothing.
create table identity.refresh_tokens (
    token_hash  char(64)     primary key,
    family_id   uuid         not null,
    subject     varchar(100) not null,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create index refresh_tokens_by_family on identity.refresh_tokens (family_id);

-- Failed sign-ins per account name and per client address, shared by every server.
create table identity.sign_in_throttle (
    throttle_key      varchar(200) primary key,
    failures          integer      not null,
    window_started_at timestamptz  not null,
    blocked_until     timestamptz
);
