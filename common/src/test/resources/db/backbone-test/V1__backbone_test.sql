-- What the test handler writes: every application of an event, in the order of application.
create table test_applied (
  position  bigserial primary key,
  consumer  text not null,
  event_key text not null,
  seq       int  not null,
  worker    text not null
);
create index test_applied_consumer on test_applied (consumer, event_key, position);

-- A figure every key changes: concurrent workers must keep it exact.
create table test_total (
  consumer text primary key,
  events   bigint not null,
  seq_sum  bigint not null
);

-- Faults a test switches on by inserting a row (and off by deleting it).
create table test_fault (
  name text primary key
);

-- 'outbox-mark': the relay's update that marks sent rows published fails, as if it crashed after the send.
create function test_fault_outbox_mark() returns trigger language plpgsql as $$
begin
  if exists (select 1 from test_fault where name = 'outbox-mark') then
    raise exception 'test fault: the relay stops between send and mark';
  end if;
  return null;
end
$$;
create trigger test_fault_outbox_mark before update on outbox_event
  for each statement execute function test_fault_outbox_mark();
