package id.kinerja.planning.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kinerja.common.dokumen.Dokumen;
import id.kinerja.common.i18n.Messages;
import id.kinerja.planning.domain.AnggaranLevel;
import id.kinerja.planning.domain.Peran;
import id.kinerja.planning.domain.PkJenis;
import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PihakRefDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.PkIndikatorDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.dokumen.TargetDok;
import id.kinerja.planning.domain.dokumen.TargetTriwulanDok;

/** The PK formulir's document, block by block: what it prints from a PK, before any writer renders it. */
class PkFormulirTest {

  private static final PejabatDok SEKCAM = new PejabatDok("197601091995102001", "Joana Da Costa, S.Sos., M.Si.",
      "Sekretaris Kecamatan Mlarak", Peran.SEKCAM, "SEKRET", "Pembina (IV/a)");
  private static final PejabatDok CAMAT = new PejabatDok("197906081998021001", "Joko Setiawan, S.STP., M.Si.",
      "Camat Mlarak", Peran.CAMAT, "KEC", null);

  private static AnggaranDok line(String kode, AnggaranLevel level, Long pagu) {
    return new AnggaranDok(kode, "Baris " + kode, level, null, pagu, null, null, null, null);
  }

  private static PkDok pk(PkJenis jenis, String tanggal, List<AnggaranDok> anggaran) {
    PkIndikatorDok a = new PkIndikatorDok("SEKCAM-1", null, TargetDok.angka(new BigDecimal("97.5")),
        List.of(new TargetTriwulanDok(2, TargetDok.angka(new BigDecimal("50")))));
    PkIndikatorDok b = new PkIndikatorDok("SEKCAM-2", null, new TargetDok(null, new BigDecimal("7"), new BigDecimal("8"), null), null);
    PkIndikatorDok c = new PkIndikatorDok("SEKCAM-3", null, new TargetDok(null, null, null, "Opini WTP"), null);
    return new PkDok(2024, new PihakRefDok(SEKCAM.nip(), SEKCAM.nama()), CAMAT, jenis, 2, tanggal, true,
        List.of(new PkSasaranDok("SEKCAM-S1", "Meningkatnya kualitas administrasi", null, List.of(a, b)),
            new PkSasaranDok("S2", null, null, List.of(c))),
        anggaran, List.of());
  }

  private static PkFormulir.Isi isi(String kabupaten, PkDok pk) {
    return new PkFormulir.Isi(kabupaten, "Ponorogo", null, "Mlarak", "Jalan Raya Mlarak-Sambit No.10", pk, SEKCAM, CAMAT,
        Map.of("SEKCAM-1", new PkFormulir.Indikator("Persentase surat terlayani", "%"), "SEKCAM-2",
            new PkFormulir.Indikator("Nilai disiplin", "nilai"), "SEKCAM-3", new PkFormulir.Indikator("Opini BPK", null)),
        Map.of("S2", "Meningkatnya akuntabilitas kinerja"));
  }

  private static <T> List<T> blocks(Dokumen d, Class<T> type) {
    return d.blok().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void theBudgetIsPrintedAsATreeWithParentsSummedAndTheTotalOfTheTopLines() {
    List<AnggaranDok> anggaran = List.of(line("7.01.01.2.01.0001", AnggaranLevel.SUB_KEGIATAN, 1_500_000L),
        line("7.01.01", AnggaranLevel.PROGRAM, null), line("7.01.01.2.01", AnggaranLevel.KEGIATAN, null),
        line("7.01.01.2.01.0002", AnggaranLevel.SUB_KEGIATAN, 234_567L), line("7.01.02", AnggaranLevel.PROGRAM, 1_000_000_000L));
    Dokumen d = PkFormulir.dokumen(isi("35.02", pk(PkJenis.PERUBAHAN, "2024-12-01", anggaran)), Messages.INDONESIAN);
    Dokumen.Tabel budget = blocks(d, Dokumen.Tabel.class).get(1);
    assertThat(budget.baris()).extracting(r -> r.sel().get(0) + " " + r.sel().get(2) + (r.tebal() ? " *" : ""))
        .containsExactly("7.01.01 Rp 1.734.567 *", "7.01.01.2.01 Rp 1.734.567", "7.01.01.2.01.0001 Rp 1.500.000",
            "7.01.01.2.01.0002 Rp 234.567", "7.01.02 Rp 1.000.000.000 *", " Rp 1.001.734.567 *");
    assertThat(budget.baris().get(budget.baris().size() - 1).sel().get(1)).isEqualTo("Jumlah");
  }

  @Test
  void aListOfProgramsOnlyHasNoGroupRowsOnlyTheBoldTotal() {
    List<AnggaranDok> anggaran = List.of(line("7.01.01", AnggaranLevel.PROGRAM, 1_990_713_900L),
        line("7.01.03", AnggaranLevel.PROGRAM, 0L));
    Dokumen d = PkFormulir.dokumen(isi("35.02", pk(PkJenis.PERUBAHAN, "2024-12-01", anggaran)), Messages.INDONESIAN);
    Dokumen.Tabel budget = blocks(d, Dokumen.Tabel.class).get(1);
    assertThat(budget.baris()).extracting(r -> r.sel().get(2) + (r.tebal() ? " *" : ""))
        .containsExactly("Rp 1.990.713.900", "Rp 0", "Rp 1.990.713.900 *");
  }

  @Test
  void theLampiranListsEverySasaranWithItsTargetsAndTheTriwulanTargetsWherePlanned() {
    Dokumen d = PkFormulir.dokumen(isi("35.02", pk(PkJenis.AWAL, "2024-01-02", List.of())), Messages.INDONESIAN);
    Dokumen.Tabel sasaran = blocks(d, Dokumen.Tabel.class).get(0);
    assertThat(sasaran.kolom()).extracting(Dokumen.Kolom::judul).containsExactly("No", "Sasaran", "Indikator Kinerja",
        "Satuan", "Target", "Target TW I", "Target TW II", "Target TW III", "Target TW IV");
    assertThat(sasaran.baris()).extracting(Dokumen.Baris::sel).containsExactly(
        List.of("1", "Meningkatnya kualitas administrasi", "Persentase surat terlayani", "%", "97,5", "–", "50", "–", "–"),
        List.of("", "", "Nilai disiplin", "nilai", "7 – 8", "–", "–", "–", "–"),
        List.of("2", "Meningkatnya akuntabilitas kinerja", "Opini BPK", "", "Opini WTP", "–", "–", "–", "–"));
    // no budget lines: said so, no table of nothing and no total of 0
    assertThat(blocks(d, Dokumen.Tabel.class)).hasSize(1);
    assertThat(blocks(d, Dokumen.Paragraf.class)).extracting(Dokumen.Paragraf::teks)
        .contains("Perjanjian kinerja ini tidak memuat program, kegiatan atau sub kegiatan beranggaran.");
  }

  @Test
  void theFirstPageNamesBothPartiesAndThePlaceAndDate() {
    Dokumen d = PkFormulir.dokumen(isi("35.02", pk(PkJenis.PERUBAHAN, "2024-01-02", List.of())), Messages.INDONESIAN);
    Dokumen.KopSurat kop = blocks(d, Dokumen.KopSurat.class).get(0);
    assertThat(kop.baris()).containsExactly("PEMERINTAH KABUPATEN PONOROGO", "KECAMATAN MLARAK", "Jalan Raya Mlarak-Sambit No.10");
    assertThat(blocks(d, Dokumen.Judul.class).get(0).teks()).isEqualTo("PERJANJIAN KINERJA PERUBAHAN TAHUN 2024");
    assertThat(blocks(d, Dokumen.Rincian.class).get(0).butir()).extracting(b -> b.label() + ": " + b.nilai())
        .containsExactly("Nama: Joana Da Costa, S.Sos., M.Si.", "NIP: 19760109 199510 2 001",
            "Jabatan: Sekretaris Kecamatan Mlarak");
    Dokumen.TandaTangan ttd = blocks(d, Dokumen.TandaTangan.class).get(0);
    assertThat(ttd.pihak()).extracting(Dokumen.Penandatangan::pihak).containsExactly("Pihak Kedua,", "Pihak Pertama,");
    assertThat(ttd.pihak().get(1).tempatTanggal()).isEqualTo("Mlarak, 2 Januari 2024");
    assertThat(ttd.pihak().get(0).nip()).isEqualTo("NIP. 19790608 199802 1 001");
    // signatures under the statement and again under the lampiran, which starts a page
    assertThat(blocks(d, Dokumen.TandaTangan.class)).hasSize(2);
    assertThat(blocks(d, Dokumen.HalamanBaru.class)).hasSize(1);
  }

  @Test
  void aKotaHasItsOwnGovernmentLineAndAnUndatedPkLeavesTheDayToBeWritten() {
    Dokumen d = PkFormulir.dokumen(isi("35.77", pk(PkJenis.AWAL, null, List.of())), Messages.INDONESIAN);
    assertThat(blocks(d, Dokumen.KopSurat.class).get(0).baris().get(0)).isEqualTo("PEMERINTAH KOTA PONOROGO");
    assertThat(blocks(d, Dokumen.Judul.class).get(0).teks()).isEqualTo("PERJANJIAN KINERJA TAHUN 2024");
    assertThat(blocks(d, Dokumen.TandaTangan.class).get(0).pihak().get(1).tempatTanggal())
        .isEqualTo("Mlarak, ..................... 2024");
  }

  @Test
  void inEnglishTheFixedWordsAreEnglishAndTheNumbersStayIndonesianInTheIndonesianDocument() {
    Dokumen en = PkFormulir.dokumen(isi("35.02", pk(PkJenis.AWAL, "2024-01-02", List.of())), Locale.ENGLISH);
    assertThat(blocks(en, Dokumen.Judul.class).get(0).teks()).isEqualTo("PERFORMANCE AGREEMENT 2024");
    assertThat(blocks(en, Dokumen.TandaTangan.class).get(0).pihak().get(1).tempatTanggal()).isEqualTo("Mlarak, 2 January 2024");
    assertThat(blocks(en, Dokumen.Tabel.class).get(0).baris().get(0).sel().get(4)).isEqualTo("97.5");
  }

  @Test
  void anNipOfEighteenDigitsIsPrintedInItsFourParts() {
    assertThat(PkFormulir.nip("197906081998021001")).isEqualTo("19790608 199802 1 001");
    assertThat(PkFormulir.nip("12345")).isEqualTo("12345");
  }
}
