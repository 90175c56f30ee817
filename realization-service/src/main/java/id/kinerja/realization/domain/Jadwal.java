package id.kinerja.realization.domain;

import java.time.Instant;
import java.util.List;

/** The entry window of one triwulan of a kabupaten with its reopenings (planning.jadwal.published). */
public record Jadwal(String kabupatenKode, int tahun, int triwulan, int versi, Instant inputDibuka, Instant inputDitutup,
    Instant verifikasiDitutup, List<Perpanjangan> perpanjangan) {

  /** A reopening; kecamatanKode null means every kecamatan of the kabupaten. */
  public record Perpanjangan(String kecamatanKode, Instant sampai, String alasan, String oleh) {
  }
}
