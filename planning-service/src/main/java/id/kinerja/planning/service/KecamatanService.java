package id.kinerja.planning.service;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import static id.kinerja.planning.domain.PlanningMessages.MUST_MATCH_PATH_KECAMATAN;
import static id.kinerja.planning.domain.PlanningMessages.PEJABAT_IN_USE;
import static id.kinerja.planning.domain.PlanningMessages.UNKNOWN_CODE_KABUPATEN;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.planning.domain.Desa;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.Pejabat;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.UnitKerja;
import id.kinerja.planning.domain.dokumen.DesaDok;
import id.kinerja.planning.domain.dokumen.KecamatanDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.UnitKerjaDok;
import id.kinerja.planning.domain.rules.Defaults;
import id.kinerja.planning.domain.rules.KecamatanRules;
import id.kinerja.planning.domain.rules.PejabatIndex;
import id.kinerja.planning.domain.rules.Violations;

/** Kecamatan master data: desa/kelurahan, work units and officials; announced as planning.kecamatan.registered. */
@ApplicationScoped
public class KecamatanService extends PlanningWrites {

  @jakarta.inject.Inject
  PenerimaService penerima;

  public Optional<Kecamatan> find(String kode) {
    return Kecamatan.findByIdOptional(kode);
  }

  /** A page of the kecamatan of a kabupaten. */
  public Slice<Kecamatan> list(String kabupatenKode, int page, int size) {
    return Slice.of(Kecamatan.find("kabupatenKode = ?1 order by kode", kabupatenKode), page, size);
  }

  /** Creates or changes a kecamatan (PUT): validated as a whole; a change needs the current versi. */
  @Transactional
  public Kecamatan save(String kode, KecamatanDok request, Long ifMatch, String user) {
    String kabupaten = Kecamatan.kabupatenOf(kode);
    lock.kabupaten(kabupaten);
    Kecamatan k = Kecamatan.findById(kode);
    IfMatch.requireCurrent(k == null ? null : k.versi, ifMatch);
    Violations v = new Violations();
    if (!kode.equals(request.kode())) {
      v.add("kode", MUST_MATCH_PATH_KECAMATAN, "isi", request.kode(), "alamat", kode);
    }
    if (Kabupaten.findById(kabupaten) == null) {
      throw ProblemException.unprocessable("kode", UNKNOWN_CODE_KABUPATEN, "kabupaten", kabupaten);
    }
    KecamatanDok dok = Defaults.kecamatan(request);
    check(kabupaten, dok, "", v);
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v.list());
    }
    apply(kabupaten, dok, user);
    return Kecamatan.findById(kode);
  }

  /** Every rule of the kecamatan part; {@code path} prefixes the fields (e.g. "kecamatan" in an import). */
  public void check(String kabupatenKode, KecamatanDok dok, String path, Violations v) {
    KecamatanRules.check(kabupatenKode, dok, path, v);
    // An official who signed or drafts a PK stays: the PK refers to them.
    PejabatIndex index = new PejabatIndex(dok.pejabat());
    Set<String> reported = new HashSet<>();
    for (PerjanjianKinerja p : PerjanjianKinerja.<PerjanjianKinerja>list("kecamatanKode", dok.kode())) {
      if (!index.contains(p.pihakKunci) && reported.add(p.pihakKunci)) {
        v.add(Violations.at(path, "pejabat"), PEJABAT_IN_USE, "pejabat", p.pihakNama, "kunci", p.pihakKunci, "tahun", p.tahun,
            "versi", p.versi);
      }
    }
  }

  /** Writes the kecamatan if it differs from the stored one; returns whether it did (and published). */
  public boolean apply(String kabupatenKode, KecamatanDok dok, String user) {
    Kecamatan k = Kecamatan.findById(dok.kode());
    if (k != null && CanonicalJson.write(stored.kecamatan(k)).equals(CanonicalJson.write(dok))) {
      return false;
    }
    if (k == null) {
      k = new Kecamatan();
      k.kode = dok.kode();
      k.kabupatenKode = kabupatenKode;
    }
    k.kodeBps = dok.kodeBps();
    k.nama = dok.nama();
    k.alamat = dok.alamat();
    k.tugasPokok = dok.tugasPokok();
    k.fungsi = dok.fungsi().isEmpty() ? null : CanonicalJson.write(dok.fungsi());
    k.dasarHukum = dok.dasarHukum().isEmpty() ? null : CanonicalJson.write(dok.dasarHukum());
    k.newVersion(user, now());
    k.persist();
    // Replace the lists: remove the managed rows and flush, so the deletes run before the new rows are inserted
    // (desa keep their codes; NIPs are unique per kecamatan).
    Desa.<Desa>list("kecamatanKode", k.kode).forEach(Desa::delete);
    UnitKerja.<UnitKerja>list("kecamatanKode", k.kode).forEach(UnitKerja::delete);
    Pejabat.<Pejabat>list("kecamatanKode", k.kode).forEach(Pejabat::delete);
    Kecamatan.flush();
    int i = 0;
    for (DesaDok d : dok.desa()) {
      Desa e = new Desa();
      e.kode = d.kode();
      e.kecamatanKode = k.kode;
      e.nama = d.nama();
      e.jenis = d.jenis();
      e.urutan = i++;
      e.persist();
    }
    i = 0;
    for (UnitKerjaDok u : dok.unitKerja()) {
      UnitKerja e = new UnitKerja();
      e.kecamatanKode = k.kode;
      e.kode = u.kode();
      e.nama = u.nama();
      e.indukKode = u.indukKode();
      e.urutan = i++;
      e.persist();
    }
    i = 0;
    for (PejabatDok p : dok.pejabat()) {
      Pejabat e = new Pejabat();
      e.kecamatanKode = k.kode;
      e.nip = p.nip();
      e.nama = p.nama();
      e.jabatan = p.jabatan();
      e.peran = p.peran();
      e.unitKode = p.unitKode();
      e.pangkat = p.pangkat();
      e.urutan = i++;
      e.persist();
    }
    events.kecamatanRegistered(kabupatenKode, dok);
    // The officials' addresses reach whoever holds the NIP now: a new Camat, a moved Sekcam.
    penerima.announce(kabupatenKode);
    return true;
  }
}
