-- Tracing (issue #18, docs/operations.md "Tracing"): the W3C traceparent of the request or consumer batch that wrote
-- the row; the relay continues that trace and puts it in the Kafka record's header. Null for rows written outside any
-- trace and for rows written before this column.
alter table outbox_event add column traceparent text;
