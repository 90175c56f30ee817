-- The language an idempotent answer's texts were written in, so that a replay names it in Content-Language.
alter table idempotency_key add column bahasa text;
