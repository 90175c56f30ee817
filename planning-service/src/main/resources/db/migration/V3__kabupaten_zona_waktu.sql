-- Each kabupaten keeps its time zone (WIB, WITA, WIT): its jadwal is entered and shown in it, and every time its users
-- read carries its offset. A kabupaten stored before gets the zone of its province, by the rule a new kabupaten
-- without one gets too (ZonaWaktu.ofProvinsi in kinerja-common; a test holds the two equal for every province code).
create function zona_waktu_provinsi(kabupaten_kode text) returns varchar(4) language sql immutable as $$
  select case
    when substr(kabupaten_kode, 1, 2) !~ '^[0-9]{2}$' then 'WIB'
    when substr(kabupaten_kode, 1, 2)::int >= 81 then 'WIT'
    when substr(kabupaten_kode, 1, 2)::int >= 71 or substr(kabupaten_kode, 1, 2)::int between 63 and 65
      or substr(kabupaten_kode, 1, 2)::int between 51 and 53 then 'WITA'
    else 'WIB'
  end
$$;

alter table kabupaten add column zona_waktu varchar(4);
update kabupaten set zona_waktu = zona_waktu_provinsi(kode);
alter table kabupaten alter column zona_waktu set not null;
alter table kabupaten add constraint kabupaten_zona_waktu check (zona_waktu in ('WIB', 'WITA', 'WIT'));
