package id.kinerja.planning.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static id.kinerja.planning.domain.PlanningMessages.THING_RENSTRA_TAHUN;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Jadwal;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.SkalaPredikat;
import id.kinerja.planning.domain.dokumen.JadwalDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.RencanaDokumen;
import id.kinerja.planning.domain.dokumen.SkalaDok;

/**
 * Exports the plan of a kecamatan for a year in the import format: the Renstra in force, every PK version of the
 * year (drafts too), the kabupaten's scales and calendar of the year (local times of the kabupaten, with offset).
 * Importing the export changes nothing.
 */
@ApplicationScoped
public class RencanaExportService {

  @Inject
  StoredPlans stored;

  @Inject
  PerjanjianKinerjaService pkService;

  /** Whether a stored PK of the kecamatan-year has a budget by jenis belanja (docs/domain.md §2.12). */
  public boolean adaBelanja(String kecamatanKode, int tahun) {
    return PerjanjianKinerja.<PerjanjianKinerja>list("kecamatanKode = ?1 and tahun = ?2", kecamatanKode, tahun).stream()
        .map(stored::pk).anyMatch(pk -> !pk.belanjaOrEmpty().isEmpty());
  }

  public RencanaDokumen export(String kecamatanKode, int tahun) {
    Kecamatan kec = Kecamatan.findById(kecamatanKode);
    if (kec == null) {
      throw ProblemException.notFound(CommonMessages.THING_KECAMATAN, "kode", kecamatanKode);
    }
    Kabupaten kab = Kabupaten.findById(kec.kabupatenKode);
    Renstra renstra = stored.renstraInForce(kecamatanKode, tahun)
        .orElseThrow(() -> ProblemException.notFound(THING_RENSTRA_TAHUN, "kecamatan", kecamatanKode, "tahun", tahun));
    List<PkDok> pks = PerjanjianKinerja.<PerjanjianKinerja>list("kecamatanKode = ?1 and tahun = ?2", kecamatanKode, tahun)
        .stream()
        .sorted(Comparator.comparing((PerjanjianKinerja p) -> peranOrder(p)).thenComparing(p -> p.pihakNama)
            .thenComparing(p -> p.pihakKunci).thenComparingInt(p -> p.versi))
        .map(stored::pk)
        .toList();
    List<SkalaDok> skala = SkalaPredikat.<SkalaPredikat>list("kabupatenKode = ?1 and tahun = ?2 order by tujuan",
        kab.kode, tahun).stream()
        .sorted(Comparator.comparing(s -> s.tujuan.ordinal()))
        .map(s -> new SkalaDok(s.tahun, s.tujuan, s.nama, stored.bands(s.bands))).toList();
    ZoneId zone = kab.zonaWaktu.zone();
    List<JadwalDok> jadwal = Jadwal.<Jadwal>list("kabupatenKode = ?1 and tahun = ?2 order by triwulan", kab.kode, tahun)
        .stream()
        .map(j -> new JadwalDok(j.tahun, j.triwulan, local(j.inputDibuka, zone), local(j.inputDitutup, zone),
            local(j.verifikasiDitutup, zone)))
        .toList();
    return new RencanaDokumen(1, stored.kabupaten(kab), stored.kecamatan(kec), stored.renstra(renstra), pks, skala,
        jadwal, stored.catatan(kec));
  }

  /** A jadwal time as the kabupaten reads it: its local date-time with offset (2024-07-11T00:00:00+07:00). */
  private static String local(Instant t, ZoneId zone) {
    return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone));
  }

  private int peranOrder(PerjanjianKinerja p) {
    return pkService.pihakPertama(p).map(x -> x.peran().ordinal()).orElse(99);
  }
}
