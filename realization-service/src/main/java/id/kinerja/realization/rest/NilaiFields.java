package id.kinerja.realization.rest;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.realization.domain.Keadaan;
import id.kinerja.realization.domain.NilaiIndikator;

/** The value fields shared by every request that enters an indicator's realisasi. */
interface NilaiFields {

  Keadaan keadaan();

  BigDecimal nilai();

  BigDecimal pembilang();

  BigDecimal penyebut();

  String teks();

  CapaianManualInput capaianManual();

  String alasan();

  String faktorPendukung();

  String faktorPenghambat();

  String tindakLanjut();

  String satuan();

  List<String> buktiTautan();

  default NilaiIndikator toNilai() {
    CapaianManualInput m = capaianManual();
    return new NilaiIndikator(keadaan(), nilai(), pembilang(), penyebut(), blankToNull(teks()),
        m == null ? null : m.nilai(), m == null ? null : m.justifikasi(), blankToNull(alasan()),
        blankToNull(faktorPendukung()), blankToNull(faktorPenghambat()), blankToNull(tindakLanjut()));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
