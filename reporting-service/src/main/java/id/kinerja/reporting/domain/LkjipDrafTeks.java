package id.kinerja.reporting.domain;

import id.kinerja.common.i18n.MessageKey;

/**
 * The words of the LKjIP draft (headings, sentences around the figures, table headers, the markers of the text only
 * people can write), in {@code i18n/messages_id.properties} and {@code messages_en.properties}. The draft is in
 * Bahasa Indonesia unless the reader asks for English; every number in it is a stored figure.
 */
public enum LkjipDrafTeks implements MessageKey {
  JUDUL_DOKUMEN("lkjip-draf.judul-dokumen"),
  SAMPUL_JUDUL("lkjip-draf.sampul.judul"),
  SAMPUL_INSTANSI("lkjip-draf.sampul.instansi"),
  SAMPUL_TAHUN("lkjip-draf.sampul.tahun"),
  SAMPUL_PEMDA("lkjip-draf.sampul.pemda"),
  SAMPUL_CATATAN("lkjip-draf.sampul.catatan"),
  ISIAN("lkjip-draf.isian"),
  IKHTISAR("lkjip-draf.ikhtisar"),
  IKHTISAR_UKURAN("lkjip-draf.ikhtisar.ukuran"),
  IKHTISAR_CAPAIAN("lkjip-draf.ikhtisar.capaian"),
  IKHTISAR_CAPAIAN_BELUM("lkjip-draf.ikhtisar.capaian-belum"),
  IKHTISAR_INDIKATOR("lkjip-draf.ikhtisar.indikator"),
  IKHTISAR_ANGGARAN("lkjip-draf.ikhtisar.anggaran"),
  IKHTISAR_ANGGARAN_BELUM("lkjip-draf.ikhtisar.anggaran-belum"),
  IKHTISAR_EFISIENSI("lkjip-draf.ikhtisar.efisiensi"),
  PETUNJUK_IKHTISAR("lkjip-draf.petunjuk.ikhtisar"),
  BAB_I("lkjip-draf.bab-i"),
  LATAR_BELAKANG("lkjip-draf.latar-belakang"),
  PETUNJUK_LATAR("lkjip-draf.petunjuk.latar"),
  TUPOKSI("lkjip-draf.tupoksi"),
  TUGAS("lkjip-draf.tugas"),
  FUNGSI("lkjip-draf.fungsi"),
  PETUNJUK_TUPOKSI("lkjip-draf.petunjuk.tupoksi"),
  ORGANISASI("lkjip-draf.organisasi"),
  ORGANISASI_KALIMAT("lkjip-draf.organisasi.kalimat"),
  PETUNJUK_ORGANISASI("lkjip-draf.petunjuk.organisasi"),
  ISU_STRATEGIS("lkjip-draf.isu-strategis"),
  PETUNJUK_ISU("lkjip-draf.petunjuk.isu"),
  BAB_II("lkjip-draf.bab-ii"),
  RENSTRA("lkjip-draf.renstra"),
  RENSTRA_KALIMAT("lkjip-draf.renstra.kalimat"),
  RENSTRA_TANPA("lkjip-draf.renstra.tanpa"),
  PK("lkjip-draf.pk"),
  PK_KALIMAT("lkjip-draf.pk.kalimat"),
  PK_TIDAK_ADA("lkjip-draf.pk.tidak-ada"),
  BAB_III("lkjip-draf.bab-iii"),
  CAPAIAN_ORGANISASI("lkjip-draf.capaian-organisasi"),
  CAPAIAN_KALIMAT("lkjip-draf.capaian-organisasi.kalimat"),
  GRAFIK_TRIWULAN("lkjip-draf.grafik.triwulan"),
  SERI_TRIWULAN("lkjip-draf.seri.triwulan"),
  SERI_KUMULATIF("lkjip-draf.seri.kumulatif"),
  GRAFIK_INDIKATOR("lkjip-draf.grafik.indikator"),
  SERI_CAPAIAN("lkjip-draf.seri.capaian"),
  PER_SASARAN("lkjip-draf.per-sasaran"),
  SASARAN_JUDUL("lkjip-draf.sasaran.judul"),
  SASARAN_KALIMAT("lkjip-draf.sasaran.kalimat"),
  SASARAN_KALIMAT_BELUM("lkjip-draf.sasaran.kalimat-belum"),
  INDIKATOR_JUDUL("lkjip-draf.indikator.judul"),
  INDIKATOR_KALIMAT("lkjip-draf.indikator.kalimat"),
  PERBANDINGAN_KALIMAT("lkjip-draf.perbandingan.kalimat"),
  TARGET_AKHIR_KALIMAT("lkjip-draf.target-akhir.kalimat"),
  FAKTOR_PENDUKUNG("lkjip-draf.faktor-pendukung"),
  FAKTOR_PENGHAMBAT("lkjip-draf.faktor-penghambat"),
  TINDAK_LANJUT("lkjip-draf.tindak-lanjut"),
  PETUNJUK_NARASI("lkjip-draf.petunjuk.narasi"),
  PETUNJUK_ANALISIS("lkjip-draf.petunjuk.analisis"),
  EFISIENSI("lkjip-draf.efisiensi"),
  EFISIENSI_KALIMAT("lkjip-draf.efisiensi.kalimat"),
  ANGGARAN("lkjip-draf.anggaran"),
  ANGGARAN_KALIMAT("lkjip-draf.anggaran.kalimat"),
  BAB_IV("lkjip-draf.bab-iv"),
  PETUNJUK_PENUTUP("lkjip-draf.petunjuk.penutup"),
  LAMPIRAN("lkjip-draf.lampiran"),
  TEMPAT_TANGGAL("lkjip-draf.tempat-tanggal"),
  NIP("lkjip-draf.nip"),
  KOL_NO("lkjip-draf.kolom.no"),
  KOL_TUJUAN("lkjip-draf.kolom.tujuan"),
  KOL_SASARAN("lkjip-draf.kolom.sasaran"),
  KOL_INDIKATOR("lkjip-draf.kolom.indikator"),
  KOL_SATUAN("lkjip-draf.kolom.satuan"),
  KOL_BASELINE("lkjip-draf.kolom.baseline"),
  KOL_TARGET("lkjip-draf.kolom.target"),
  KOL_TARGET_TAHUN("lkjip-draf.kolom.target-tahun"),
  KOL_TARGET_AKHIR("lkjip-draf.kolom.target-akhir"),
  KOL_REALISASI("lkjip-draf.kolom.realisasi"),
  KOL_CAPAIAN("lkjip-draf.kolom.capaian"),
  KOL_PREDIKAT("lkjip-draf.kolom.predikat"),
  KOL_TRIWULAN("lkjip-draf.kolom.triwulan"),
  KOL_TARGET_TW("lkjip-draf.kolom.target-tw"),
  KOL_REALISASI_TW("lkjip-draf.kolom.realisasi-tw"),
  KOL_REALISASI_KUM("lkjip-draf.kolom.realisasi-kum"),
  KOL_CAPAIAN_KUM("lkjip-draf.kolom.capaian-kum"),
  KOL_KODE("lkjip-draf.kolom.kode"),
  KOL_URAIAN_ANGGARAN("lkjip-draf.kolom.uraian-anggaran"),
  KOL_PAGU("lkjip-draf.kolom.pagu"),
  KOL_REALISASI_RP("lkjip-draf.kolom.realisasi-rp"),
  KOL_SERAPAN("lkjip-draf.kolom.serapan"),
  KOL_SISA("lkjip-draf.kolom.sisa"),
  KOL_EFISIENSI("lkjip-draf.kolom.efisiensi"),
  JUMLAH("lkjip-draf.jumlah"),
  MELEBIHI_PAGU("lkjip-draf.melebihi-pagu"),
  KESELURUHAN("lkjip-draf.keseluruhan"),
  PK_KALIMAT_LAMPIRAN("lkjip-draf.pk.kalimat-lampiran"),
  PIHAK_PERTAMA("lkjip-draf.pihak-pertama"),
  PIHAK_KEDUA("lkjip-draf.pihak-kedua"),
  RENSTRA_NAMA("lkjip-draf.renstra.nama"),
  TEMPAT_TANGGAL_PK("lkjip-draf.tempat-tanggal-pk");

  private final String key;

  LkjipDrafTeks(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
