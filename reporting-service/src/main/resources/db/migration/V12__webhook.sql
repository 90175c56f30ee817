-- Webhooks of the kabupaten portal (issue #17): a kabupaten registers a URL and a secret for kinds of events; every
-- event of that kabupaten and kind becomes one delivery per webhook, written in the transaction that records the
-- event (consumer reporting-webhooks, or the recalculation's AngkaBerubah), and sent by WebhookSender outside it.
create table webhook (
  id             uuid         primary key,
  kabupaten_kode varchar(5)   not null,
  url            text         not null,
  -- Stored as given: the sender needs it to sign (docs/security.md, "Webhooks").
  rahasia        text         not null,
  jenis          text[]       not null,
  aktif          boolean      not null,
  dibuat         timestamptz  not null,
  dibuat_oleh    text         not null,
  diubah         timestamptz  not null,
  diubah_oleh    text         not null
);
create index webhook_kabupaten on webhook (kabupaten_kode);

-- One delivery per (webhook, source event): the id a receiver deduplicates on, stable across retries and replays.
-- isi is the exact body that is signed and sent. A replay starts a new series (seri + 1, percobaan 0).
create table webhook_pengiriman (
  id           uuid        primary key,
  webhook_id   uuid        not null references webhook (id) on delete cascade,
  sumber       text        not null,
  jenis        text        not null,
  isi          text        not null,
  status       varchar(10) not null,
  seri         int         not null default 1,
  percobaan    int         not null default 0,
  jatuh_tempo  timestamptz not null,
  klaim        uuid,
  klaim_sampai timestamptz,
  dibuat       timestamptz not null,
  selesai      timestamptz,
  unique (webhook_id, sumber)
);
create index webhook_pengiriman_due on webhook_pengiriman (jatuh_tempo) where status = 'MENUNGGU';
create index webhook_pengiriman_list on webhook_pengiriman (webhook_id, dibuat desc, id);

-- Every attempt with its answer: status code, the first KiB of the body, duration, or the error.
create table webhook_percobaan (
  id             bigserial   primary key,
  pengiriman_id  uuid        not null references webhook_pengiriman (id) on delete cascade,
  seri           int         not null,
  nomor          int         not null,
  mulai          timestamptz not null,
  durasi_ms      bigint      not null,
  status_kode    int,
  jawaban        text,
  galat          varchar(20),
  galat_rincian  text
);
create index webhook_percobaan_pengiriman on webhook_percobaan (pengiriman_id, id);
