package id.kinerja.planning.domain.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import id.kinerja.planning.domain.dokumen.IndikatorRenstraDok;
import id.kinerja.planning.domain.dokumen.RenstraDok;
import id.kinerja.planning.domain.dokumen.SasaranDok;
import id.kinerja.planning.domain.dokumen.TujuanDok;

/** Lookups into one (normalized) Renstra: its indicators by kode and the tujuan or sasaran each belongs to. */
public final class RenstraIndex {

  private final RenstraDok renstra;
  private final Map<String, IndikatorRenstraDok> indikator = new LinkedHashMap<>();
  private final Map<String, String> induk = new LinkedHashMap<>();
  private final Map<String, SasaranDok> sasaran = new LinkedHashMap<>();
  private final Map<String, TujuanDok> tujuan = new LinkedHashMap<>();

  public RenstraIndex(RenstraDok renstra) {
    this.renstra = renstra;
    for (TujuanDok t : Defaults.list(renstra.tujuan())) {
      tujuan.putIfAbsent(t.kode(), t);
      for (IndikatorRenstraDok i : Defaults.list(t.indikator())) {
        indikator.putIfAbsent(i.kode(), i);
        induk.putIfAbsent(i.kode(), t.kode());
      }
    }
    for (SasaranDok s : Defaults.list(renstra.sasaran())) {
      sasaran.putIfAbsent(s.kode(), s);
      for (IndikatorRenstraDok i : Defaults.list(s.indikator())) {
        indikator.putIfAbsent(i.kode(), i);
        induk.putIfAbsent(i.kode(), s.kode());
      }
    }
  }

  public RenstraDok renstra() {
    return renstra;
  }

  public boolean covers(int tahun) {
    return renstra.periodeAwal() <= tahun && tahun <= renstra.periodeAkhir();
  }

  public IndikatorRenstraDok indikator(String kode) {
    return indikator.get(kode);
  }

  public Map<String, IndikatorRenstraDok> indikator() {
    return indikator;
  }

  /** The sasaran (or tujuan) kode an indicator belongs to. */
  public String induk(String indikatorKode) {
    return induk.get(indikatorKode);
  }

  public boolean isSasaran(String kode) {
    return sasaran.containsKey(kode);
  }

  public Set<String> sasaranKode() {
    return sasaran.keySet();
  }

  public Map<String, SasaranDok> sasaran() {
    return sasaran;
  }

  public Map<String, TujuanDok> tujuan() {
    return tujuan;
  }
}
