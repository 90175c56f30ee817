-- What the realisasi workbook shows beside each row: the indicator's target of the year and of each triwulan (the
-- event's target objects, {nilai} | {min, max} | {teks}) and a budget line's pagu per triwulan. Null in copies made
-- before this column existed, until the plan is published again.
alter table indikator_copy add column target_tahun jsonb;
alter table indikator_copy add column target_triwulan jsonb;
alter table anggaran_copy add column pagu_triwulan bigint[];
