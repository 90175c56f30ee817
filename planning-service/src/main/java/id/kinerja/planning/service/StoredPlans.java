package id.kinerja.planning.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;

import id.kinerja.common.json.CanonicalJson;
import id.kinerja.planning.domain.Desa;
import id.kinerja.planning.domain.Kabupaten;
import id.kinerja.planning.domain.Kecamatan;
import id.kinerja.planning.domain.Pejabat;
import id.kinerja.planning.domain.PerjanjianKinerja;
import id.kinerja.planning.domain.PkStatus;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.UnitKerja;
import id.kinerja.planning.domain.dokumen.BandDok;
import id.kinerja.planning.domain.dokumen.CatatanSumberDok;
import id.kinerja.planning.domain.dokumen.DesaDok;
import id.kinerja.planning.domain.dokumen.KabupatenDok;
import id.kinerja.planning.domain.dokumen.KecamatanDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.UnitKerjaDok;
import id.kinerja.planning.domain.rencana.Penetapan;

/** Reads stored plan parts back in their document form (the form they were validated and imported in). */
@ApplicationScoped
public class StoredPlans {

  public KabupatenDok kabupaten(Kabupaten k) {
    return new KabupatenDok(k.kode, k.nama, k.negativeFormulaDefault, k.overallMode, k.capaianScoreCap,
        k.floorNegativeAtZero, k.zonaWaktu);
  }

  public KecamatanDok kecamatan(Kecamatan k) {
    List<DesaDok> desa = Desa.<Desa>list("kecamatanKode = ?1 order by urutan", k.kode).stream()
        .map(d -> new DesaDok(d.kode, d.nama, d.jenis)).toList();
    List<UnitKerjaDok> unit = UnitKerja.<UnitKerja>list("kecamatanKode = ?1 order by urutan", k.kode).stream()
        .map(u -> new UnitKerjaDok(u.kode, u.nama, u.indukKode)).toList();
    List<PejabatDok> pejabat = pejabat(k.kode);
    return new KecamatanDok(k.kode, k.kodeBps, k.nama, k.alamat, desa, unit, pejabat, k.tugasPokok, texts(k.fungsi),
        texts(k.dasarHukum));
  }

  /** A stored list of texts (a JSON array), empty when none was stated. */
  private List<String> texts(String json) {
    return json == null ? List.of() : read(json, new TypeReference<List<String>>() {
    });
  }

  public List<PejabatDok> pejabat(String kecamatanKode) {
    return Pejabat.<Pejabat>list("kecamatanKode = ?1 order by urutan", kecamatanKode).stream()
        .map(p -> new PejabatDok(p.nip, p.nama, p.jabatan, p.peran, p.unitKode, p.pangkat)).toList();
  }

  public List<CatatanSumberDok> catatan(Kecamatan k) {
    return k.catatanSumber == null ? null
        : read(k.catatanSumber, new TypeReference<List<CatatanSumberDok>>() {
        });
  }

  public RenstraDok renstra(Renstra r) {
    return CanonicalJson.read(readTree(r.isi), RenstraDok.class);
  }

  /** The Renstra in force for a year: the one covering it that starts latest (a reviewed Renstra replaces the old). */
  public Optional<Renstra> renstraInForce(String kecamatanKode, int tahun) {
    return Renstra.<Renstra>find("kecamatanKode = ?1 and periodeAwal <= ?2 and periodeAkhir >= ?2"
        + " order by periodeAwal desc, kode", kecamatanKode, tahun).firstResultOptional();
  }

  /** The stored PK in its document form, versi and ditetapkan included. */
  public PkDok pk(PerjanjianKinerja p) {
    return CanonicalJson.read(readTree(p.isi), PkDok.class).with(p.versi, p.status == PkStatus.DITETAPKAN);
  }

  public Penetapan penetapan(PerjanjianKinerja p) {
    return p.penetapan == null ? null : CanonicalJson.read(readTree(p.penetapan), Penetapan.class);
  }

  public List<BandDok> bands(String json) {
    return read(json, new TypeReference<List<BandDok>>() {
    });
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return CanonicalJson.MAPPER.readValue(json, type);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored JSON is unreadable", e);
    }
  }

  static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
    try {
      return CanonicalJson.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored JSON is unreadable", e);
    }
  }
}
