-- How much of the pagu is behind a serapan (docs/domain.md §2.9.9): the pagu of the leaf lines with a realisasi in the
-- periode (pagu_dilaporkan) and in any triwulan up to it (pagu_dilaporkan_kumulatif). The budget lines' figures keep
-- theirs in the fig_rincian documents. Null in rows computed before: the next recalculation (rule version calc-2024.2)
-- writes them.
alter table fig_kecamatan add column pagu_dilaporkan bigint, add column pagu_dilaporkan_kumulatif bigint;
alter table fig_sasaran add column pagu_dilaporkan bigint;
