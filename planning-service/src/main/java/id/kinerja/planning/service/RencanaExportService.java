package id.kinerja.planning.service;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
 * year (drafts too), the kabupaten's scales and calendar of the year. Importing the export changes nothing.
 */
@ApplicationScoped
public class RencanaExportService {

  @Inject
  StoredPlans stored;

  @Inject
  PerjanjianKinerjaService pkService;

  public RencanaDokumen export(String kecamatanKode, int tahun) {
    Kecamatan kec = Kecamatan.findById(kecamatanKode);
    if (kec == null) {
      throw ProblemException.notFound("kecamatan " + kecamatanKode);
    }
    Kabupaten kab = Kabupaten.findById(kec.kabupatenKode);
    Renstra renstra = stored.renstraInForce(kecamatanKode, tahun)
        .orElseThrow(() -> ProblemException.notFound("a Renstra of kecamatan " + kecamatanKode + " covering " + tahun));
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
    List<JadwalDok> jadwal = Jadwal.<Jadwal>list("kabupatenKode = ?1 and tahun = ?2 order by triwulan", kab.kode, tahun)
        .stream()
        .map(j -> new JadwalDok(j.tahun, j.triwulan, j.inputDibuka.toString(), j.inputDitutup.toString(),
            j.verifikasiDitutup == null ? null : j.verifikasiDitutup.toString()))
        .toList();
    return new RencanaDokumen(1, stored.kabupaten(kab), stored.kecamatan(kec), stored.renstra(renstra), pks, skala,
        jadwal, stored.catatan(kec));
  }

  private int peranOrder(PerjanjianKinerja p) {
    return pkService.pihakPertama(p).map(x -> x.peran().ordinal()).orElse(99);
  }
}
