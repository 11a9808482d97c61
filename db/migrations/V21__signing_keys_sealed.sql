-- The private half of each token signing key is sealed (AES-256-GCM) under a data key that the
-- configured master key wraps, like personal data: a copy of the database alone cannot mint
-- tokens. Keys written in the clear before are sealed by the server at start, then cleared.
alter table identity.signing_keys
    add column private_key_key_id uuid,
    add column private_key_sealed text,
    alter column private_key drop not null,
    add constraint signing_keys_private_key_kept
        check (private_key is not null or (private_key_key_id is not null and private_key_sealed is not null));
