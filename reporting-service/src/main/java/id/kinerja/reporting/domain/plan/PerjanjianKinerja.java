package id.kinerja.reporting.domain.plan;

import java.time.LocalDate;
import java.util.List;

/** A ditetapkan PK version of one signatory with the indicators and budget lines it covers. */
public record PerjanjianKinerja(String id, int versi, String jenis, String status, LocalDate tanggal, Pihak pihakPertama,
    Pihak pihakKedua, List<String> indikatorKode, List<String> anggaranKode) {

  public PerjanjianKinerja {
    indikatorKode = indikatorKode == null ? List.of() : List.copyOf(indikatorKode);
    anggaranKode = anggaranKode == null ? List.of() : List.copyOf(anggaranKode);
  }

  public record Pihak(String nip, String nama, String jabatan, String peran) {
  }
}
