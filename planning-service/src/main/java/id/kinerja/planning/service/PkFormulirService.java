package id.kinerja.planning.service;

import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_VERSI_PK;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.kinerja.common.dokumen.Dokumen;
import id.kinerja.common.dokumen.DokumenDocx;
import id.kinerja.common.dokumen.DokumenPdf;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.KabupatenLogo;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.dokumen.IndikatorRenstraDok;
import id.kinerja.planning.domain.dokumen.IndikatorRuleDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.PkIndikatorDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.rencana.Penetapan;
import id.kinerja.planning.domain.rules.Defaults;
import id.kinerja.planning.domain.rules.RenstraIndex;

/**
 * The PK formulir of one official's PK of a year, in the version asked for: reads the stored version, the kecamatan,
 * the kabupaten and its logo, and writes {@link PkFormulir}'s document as PDF or DOCX.
 */
@ApplicationScoped
public class PkFormulirService {

  @Inject
  PerjanjianKinerjaService pks;

  @Inject
  StoredPlans stored;

  /** A written formulir and the version it is of. */
  public record Berkas(byte[] isi, PerjanjianKinerja versi) {
  }

  /** The two forms the formulir is written in: PDF to print and sign, DOCX to adjust in Word. */
  public enum Format {
    PDF, DOCX
  }

  /** The formulir of the chosen version of the PK that {@code id} is a version of (see {@link #pilih}). */
  public Berkas tulis(String kecamatanKode, long id, Integer versi, Format format, Locale locale) {
    PerjanjianKinerja p = pilih(kecamatanKode, id, versi);
    Dokumen d = PkFormulir.dokumen(isi(p), locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (format == Format.PDF) {
        DokumenPdf.write(d, out);
      } else {
        DokumenDocx.write(d, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Berkas(out.toByteArray(), p);
  }

  /**
   * The version {@code versi} of the PK that {@code id} is a version of (the same official and year); without one, the
   * latest ditetapkan version, or the draft when none is ditetapkan yet (printed to be signed). 404 when {@code id} is
   * no PK of the kecamatan, 400 naming versi when the PK has no such version.
   */
  public PerjanjianKinerja pilih(String kecamatanKode, long id, Integer versi) {
    PerjanjianKinerja any = pks.find(kecamatanKode, id).orElseThrow(() -> PerjanjianKinerjaService.notFound(id));
    List<PerjanjianKinerja> versions = pks.versions(kecamatanKode, any.tahun, any.pihakKunci);
    if (versi == null) {
      return versions.stream().filter(PerjanjianKinerja::ditetapkan).max(Comparator.comparingInt(v -> v.versi))
          .orElseGet(() -> versions.stream().max(Comparator.comparingInt(v -> v.versi)).orElse(any));
    }
    return versions.stream().filter(v -> v.versi == versi).findFirst()
        .orElseThrow(() -> ProblemException.invalid("versi", UNKNOWN_CODE_VERSI_PK, "pejabat", any.pihakNama, "tahun",
            any.tahun, "versi", versi, "ada", versions.stream().map(v -> v.versi).toList()));
  }

  /** Everything the formulir of version {@code p} prints. */
  PkFormulir.Isi isi(PerjanjianKinerja p) {
    Kecamatan kec = Kecamatan.findById(p.kecamatanKode);
    Kabupaten kab = Kabupaten.findById(kec.kabupatenKode);
    KabupatenLogo logo = KabupatenLogo.findById(kab.kode);
    PkDok pk = stored.pk(p);
    RenstraIndex renstra = stored.renstraInForce(p.kecamatanKode, p.tahun).map(r -> new RenstraIndex(stored.renstra(r)))
        .orElse(null);
    Penetapan penetapan = stored.penetapan(p);
    Map<String, PkFormulir.Indikator> indikator = new HashMap<>();
    for (PkSasaranDok s : Defaults.list(pk.sasaran())) {
      for (PkIndikatorDok i : Defaults.list(s.indikator())) {
        indikator.put(i.kode(), indikator(i, penetapan, renstra));
      }
    }
    Map<String, String> sasaran = new HashMap<>();
    if (renstra != null) {
      renstra.sasaran().forEach((kode, s) -> sasaran.put(kode, s.uraian()));
    }
    return new PkFormulir.Isi(kab.kode, kab.nama, logo == null ? null : logo.isi, kec.nama, kec.alamat, pk,
        pks.pihakPertama(p).orElse(null), pk.pihakKedua(), indikator, sasaran);
  }

  /**
   * The name and unit an indicator is printed with: the PK's own indicator as it states it; a Renstra indicator as fixed
   * when the PK was ditetapkan, or for a draft as the Renstra in force states it.
   */
  private static PkFormulir.Indikator indikator(PkIndikatorDok i, Penetapan penetapan, RenstraIndex renstra) {
    if (i.indikator() != null) {
      return new PkFormulir.Indikator(i.indikator().nama(), i.indikator().satuan());
    }
    IndikatorRuleDok fixed = penetapan == null ? null : penetapan.aturan().get(i.kode());
    if (fixed != null && fixed.nama() != null) {
      return new PkFormulir.Indikator(fixed.nama(), fixed.satuan());
    }
    IndikatorRenstraDok r = renstra == null ? null : renstra.indikator(i.kode());
    return r == null ? new PkFormulir.Indikator(i.kode(), null) : new PkFormulir.Indikator(r.nama(), r.satuan());
  }
}
