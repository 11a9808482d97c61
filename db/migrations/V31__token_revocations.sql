-- Access tokens revoked before they expire: every token of a subject (a disabled account, a reset
-- password) or of a refresh-token family, issued until revoked_at. Every server reads the recent
-- rows each second into memory and checks each request's token against them there; rows older
-- than an access token's lifetime concern only expired tokens and are deleted.
create table identity.token_revocations (
    id          bigint       generated always as identity primary key,
    subject     varchar(256),
    family_id   uuid,
    revoked_at  timestamptz  not null,
    constraint token_revocations_names_one check ((subject is null) <> (family_id is null))
);
create index token_revocations_by_time on identity.token_revocations (revoked_at);
