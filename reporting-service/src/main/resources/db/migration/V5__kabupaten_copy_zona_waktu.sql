-- The copy keeps each kabupaten's time zone (planning.kabupaten.configured, zonaWaktu): its answers write their times
-- in it. A kabupaten copied before, or an event without the field, has the zone of its province, by the rule planning
-- applies to a kabupaten created without one (ZonaWaktu.ofProvinsi in kinerja-common).
create function zona_waktu_provinsi(kabupaten_kode text) returns varchar(4) language sql immutable as $$
  select case
    when substr(kabupaten_kode, 1, 2) !~ '^[0-9]{2}$' then 'WIB'
    when substr(kabupaten_kode, 1, 2)::int >= 81 then 'WIT'
    when substr(kabupaten_kode, 1, 2)::int >= 71 or substr(kabupaten_kode, 1, 2)::int between 63 and 65
      or substr(kabupaten_kode, 1, 2)::int between 51 and 53 then 'WITA'
    else 'WIB'
  end
$$;

alter table kabupaten_copy add column zona_waktu varchar(4);
update kabupaten_copy set zona_waktu = zona_waktu_provinsi(kode);
alter table kabupaten_copy alter column zona_waktu set not null;
