package id.kinerja.reporting.domain.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The RPJMD of a kabupaten as planning publishes it (planning.rpjmd.published v1): visi, misi, tujuan and sasaran with
 * their indicators. Kept as full state; the consumer holds the highest {@code versi} per (kabupatenKode, kode).
 */
public record Rpjmd(String kabupatenKode, String kode, String nama, int periodeAwal, int periodeAkhir, int versi,
    String visi, List<Misi> misi, List<Tujuan> tujuan, List<Sasaran> sasaran) {

  public Rpjmd {
    misi = misi == null ? List.of() : List.copyOf(misi);
    tujuan = tujuan == null ? List.of() : List.copyOf(tujuan);
    sasaran = sasaran == null ? List.of() : List.copyOf(sasaran);
  }

  public record Misi(String kode, String uraian) {
  }

  public record Tujuan(String kode, String uraian, String misiKode, List<Indikator> indikator) {
    public Tujuan {
      indikator = indikator == null ? List.of() : List.copyOf(indikator);
    }
  }

  /** {@code indukKode}: the parent RPJMD sasaran (a sasaran program under a sasaran strategis), null at the top. */
  public record Sasaran(String kode, String uraian, String tujuanKode, String indukKode, List<Indikator> indikator) {
    public Sasaran {
      indikator = indikator == null ? List.of() : List.copyOf(indikator);
    }
  }

  public record Indikator(String kode, String nama, String satuan, String polarity, boolean iku, TahunNilai baseline,
      List<TahunNilai> targetTahunan, TahunNilai targetAkhir) {
    public Indikator {
      targetTahunan = targetTahunan == null ? List.of() : List.copyOf(targetTahunan);
    }

    /** The target of {@code tahun}, or null. */
    public BigDecimal target(int tahun) {
      return targetTahunan.stream().filter(t -> t.tahun() == tahun).map(TahunNilai::nilai).findFirst().orElse(null);
    }
  }

  public record TahunNilai(int tahun, BigDecimal nilai) {
  }

  public boolean covers(int tahun) {
    return periodeAwal <= tahun && tahun <= periodeAkhir;
  }
}
