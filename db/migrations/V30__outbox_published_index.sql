-- The consumer-lag metric looks at recently published events only (those published within a
-- window): an index on the publication time keeps that a range scan however long the outbox is.
create index outbox_published_at on platform.outbox (published_at) where published_at is not null;
