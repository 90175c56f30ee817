-- Event backbone tables, the same in every service's own database (see docs/events.md).

-- Transactional outbox: written in the transaction of the change it announces, published by the relay.
create table outbox_event (
  id           bigserial primary key,
  event_id     uuid        not null unique,
  topic        text        not null,
  event_key    text        not null,
  event_type   text        not null,
  envelope     text        not null,
  created_at   timestamptz not null,
  published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Idempotent consumer: an event id recorded here was applied, in the same transaction as its effects.
create table inbox_event (
  consumer     text        not null,
  event_id     uuid        not null,
  event_type   text        not null,
  occurred_at  timestamptz not null,
  processed_at timestamptz not null default now(),
  primary key (consumer, event_id)
);

-- A rebuild moves a consumer to a new group generation, which starts from the first offset.
create table consumer_generation (
  consumer   text primary key,
  generation int  not null
);
