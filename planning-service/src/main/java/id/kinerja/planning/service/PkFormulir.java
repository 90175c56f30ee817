package id.kinerja.planning.service;

import static id.kinerja.planning.domain.PlanningMessages.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import id.kinerja.common.dokumen.Dokumen;
import id.kinerja.common.dokumen.Dokumen.Butir;
import id.kinerja.common.dokumen.Dokumen.Penandatangan;
import id.kinerja.common.dokumen.Dokumen.Rata;
import id.kinerja.common.i18n.Formats;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.i18n.MessageKey;
import id.kinerja.domain.anggaran.JumlahPagu;
import id.kinerja.planning.domain.AnggaranLevel;
import id.kinerja.planning.domain.PkJenis;
import id.kinerja.planning.domain.dokumen.AnggaranDok;
import id.kinerja.planning.domain.dokumen.PejabatDok;
import id.kinerja.planning.domain.dokumen.PkDok;
import id.kinerja.planning.domain.dokumen.PkIndikatorDok;
import id.kinerja.planning.domain.dokumen.PkSasaranDok;
import id.kinerja.planning.domain.dokumen.TargetDok;
import id.kinerja.planning.domain.dokumen.TargetTriwulanDok;
import id.kinerja.planning.domain.rules.AnggaranRules;
import id.kinerja.planning.domain.rules.Defaults;

/**
 * The PK formulir as the PermenPANRB 53/2014 form lays it out, written from one stored PK version: the kabupaten's
 * letterhead, the title (PERUBAHAN for a PK perubahan), the statement naming both parties with NIP and jabatan, place and
 * date, the signatures (pihak kedua left, pihak pertama right); then, on a page of its own, the lampiran: every sasaran
 * with its indicators, unit and target (and the triwulan targets where the PK plans them), the program, kegiatan and sub
 * kegiatan with their pagu and the total, and the signatures again. Pure: everything it prints is in {@link Isi}; the
 * fixed words come from the message catalogue in the reader's language, numbers and dates are written the Indonesian way.
 */
public final class PkFormulir {

  private static final String[] ROMAWI = { "I", "II", "III", "IV" };
  private static final String KOSONG = "–";

  /** An indicator as the PK shows it: as fixed at penetapan, or for a draft as the Renstra or the PK states it. */
  public record Indikator(String nama, String satuan) {
  }

  /**
   * What the formulir prints. {@code logo}: the kabupaten's image, or null (no logo beside the letterhead);
   * {@code indikator}: name and unit by indicator kode; {@code sasaran}: the Renstra's wording by sasaran kode (a PK's own
   * sasaran carries its uraian).
   */
  public record Isi(String kabupatenKode, String kabupatenNama, byte[] logo, String kecamatanNama, String alamat, PkDok pk,
      PejabatDok pihakPertama, PejabatDok pihakKedua, Map<String, Indikator> indikator, Map<String, String> sasaran) {
  }

  private final Isi isi;
  private final Locale locale;

  private PkFormulir(Isi isi, Locale locale) {
    this.isi = isi;
    this.locale = locale;
  }

  public static Dokumen dokumen(Isi isi, Locale locale) {
    return new PkFormulir(isi, locale).build();
  }

  private Dokumen build() {
    PkDok pk = isi.pk();
    PejabatDok pertama = isi.pihakPertama();
    PejabatDok kedua = isi.pihakKedua();
    Dokumen d = new Dokumen(t(PK_FORMULIR_DOKUMEN, "tahun", pk.tahun(), "pejabat", nama(pertama), "versi", pk.versi()));
    d.kopSurat(isi.logo(), 2, kop());
    d.judul(judul(), 0);
    d.paragraf(t(PK_FORMULIR_PEMBUKA));
    d.rincian(pihak(pertama));
    d.paragraf(t(PK_FORMULIR_DISEBUT_PERTAMA), Rata.KIRI, false);
    d.rincian(pihak(kedua));
    d.paragraf(t(PK_FORMULIR_DISEBUT_KEDUA), Rata.KIRI, false);
    d.paragraf(t(PK_FORMULIR_JANJI));
    d.paragraf(t(PK_FORMULIR_SUPERVISI));
    tandaTangan(d);

    d.halamanBaru();
    d.paragraf(t(PK_FORMULIR_LAMPIRAN), Rata.KIRI, true);
    d.judul(judul(), 0);
    if (pertama != null && pertama.jabatan() != null) {
      d.paragraf(pertama.jabatan().toUpperCase(Locale.ROOT), Rata.TENGAH, true);
    }
    d.judul(t(PK_FORMULIR_SASARAN_JUDUL), 2);
    sasaran(d);
    d.judul(t(PK_FORMULIR_ANGGARAN_JUDUL), 2);
    anggaran(d);
    tandaTangan(d);
    return d;
  }

  /** "PEMERINTAH KABUPATEN PONOROGO" (a kota's code is 71 and above), "KECAMATAN MLARAK", the office's address. */
  private List<String> kop() {
    List<String> baris = new ArrayList<>();
    boolean kota = Integer.parseInt(isi.kabupatenKode().substring(3, 5)) >= 71;
    baris.add(t(kota ? PK_FORMULIR_PEMERINTAH_KOTA : PK_FORMULIR_PEMERINTAH_KABUPATEN, "nama", upper(isi.kabupatenNama())));
    baris.add(t(PK_FORMULIR_KECAMATAN, "nama", upper(isi.kecamatanNama())));
    if (isi.alamat() != null && !isi.alamat().isBlank()) {
      baris.add(isi.alamat());
    }
    return baris;
  }

  private String judul() {
    return t(isi.pk().jenis() == PkJenis.PERUBAHAN ? PK_FORMULIR_JUDUL_PERUBAHAN : PK_FORMULIR_JUDUL, "tahun",
        isi.pk().tahun());
  }

  /** Nama, NIP (when the official has one: a Bupati has none) and jabatan. */
  private Butir[] pihak(PejabatDok p) {
    List<Butir> b = new ArrayList<>();
    b.add(new Butir(t(PK_FORMULIR_NAMA), nama(p)));
    if (p != null && p.nip() != null) {
      b.add(new Butir(t(PK_FORMULIR_NIP), nip(p.nip())));
    }
    b.add(new Butir(t(PK_FORMULIR_JABATAN), p == null || p.jabatan() == null ? "" : p.jabatan()));
    return b.toArray(Butir[]::new);
  }

  /** Pihak kedua left, pihak pertama right under the place and date; a PK not yet dated leaves the day to be written. */
  private void tandaTangan(Dokumen d) {
    String tempat = isi.kecamatanNama();
    String tempatTanggal = isi.pk().tanggal() == null
        ? t(PK_FORMULIR_TANGGAL_KOSONG, "tempat", tempat, "tahun", isi.pk().tahun())
        : t(PK_FORMULIR_TEMPAT_TANGGAL, "tempat", tempat, "tanggal",
            Formats.date(LocalDate.parse(isi.pk().tanggal()), locale));
    d.tandaTangan(ttd("", t(PK_FORMULIR_PIHAK_KEDUA), isi.pihakKedua()),
        ttd(tempatTanggal, t(PK_FORMULIR_PIHAK_PERTAMA), isi.pihakPertama()));
  }

  private Penandatangan ttd(String tempatTanggal, String pihak, PejabatDok p) {
    return new Penandatangan(tempatTanggal, pihak, p == null ? "" : p.jabatan(), nama(p),
        p == null || p.nip() == null ? null : t(PK_FORMULIR_NIP_TTD, "nip", nip(p.nip())));
  }

  private void sasaran(Dokumen d) {
    List<PkSasaranDok> list = Defaults.list(isi.pk().sasaran());
    if (list.isEmpty()) {
      d.paragraf(t(PK_FORMULIR_TANPA_SASARAN), Rata.KIRI, false);
      return;
    }
    // The triwulan columns only when the PK plans a triwulan target somewhere (the Rencana Aksi).
    boolean triwulan = list.stream().flatMap(s -> Defaults.list(s.indikator()).stream())
        .anyMatch(i -> !Defaults.list(i.targetTriwulan()).isEmpty());
    List<Dokumen.Kolom> kolom = new ArrayList<>(List.of(Dokumen.kolom(t(PK_FORMULIR_KOLOM_NO), 4.5f, Rata.TENGAH),
        Dokumen.kolom(t(PK_FORMULIR_KOLOM_SASARAN), triwulan ? 23 : 28, Rata.KIRI),
        Dokumen.kolom(t(PK_FORMULIR_KOLOM_INDIKATOR), triwulan ? 23 : 32, Rata.KIRI),
        Dokumen.kolom(t(PK_FORMULIR_KOLOM_SATUAN), 7.5f, Rata.TENGAH),
        Dokumen.kolom(t(PK_FORMULIR_KOLOM_TARGET), 7.5f, Rata.TENGAH)));
    if (triwulan) {
      for (String tw : ROMAWI) {
        kolom.add(Dokumen.kolom(t(PK_FORMULIR_KOLOM_TARGET_TW, "tw", tw), 7, Rata.TENGAH));
      }
    }
    List<Dokumen.Baris> rows = new ArrayList<>();
    for (int s = 0; s < list.size(); s++) {
      PkSasaranDok sasaran = list.get(s);
      String uraian = sasaran.uraian() != null ? sasaran.uraian() : isi.sasaran().getOrDefault(sasaran.kode(), sasaran.kode());
      List<PkIndikatorDok> indikator = Defaults.list(sasaran.indikator());
      for (int i = 0; i < Math.max(1, indikator.size()); i++) {
        List<String> cells = new ArrayList<>();
        cells.add(i == 0 ? String.valueOf(s + 1) : "");
        cells.add(i == 0 ? uraian : "");
        if (indikator.isEmpty()) {
          cells.addAll(List.of("", "", ""));
          if (triwulan) {
            cells.addAll(List.of("", "", "", ""));
          }
        } else {
          PkIndikatorDok ind = indikator.get(i);
          Indikator info = isi.indikator().getOrDefault(ind.kode(), new Indikator(ind.kode(), null));
          cells.add(info.nama());
          cells.add(info.satuan() == null ? "" : info.satuan());
          cells.add(target(ind.target()));
          if (triwulan) {
            Map<Integer, TargetDok> tw = perTriwulan(ind.targetTriwulan());
            for (int q = 1; q <= 4; q++) {
              cells.add(tw.containsKey(q) ? target(tw.get(q)) : KOSONG);
            }
          }
        }
        rows.add(new Dokumen.Baris(cells, false));
      }
    }
    d.tabel(kolom, rows);
  }

  /** The budget lines as a tree (program, its kegiatan, their sub kegiatan), each with its pagu, and the total. */
  private void anggaran(Dokumen d) {
    List<AnggaranDok> lines = Defaults.list(isi.pk().anggaran());
    if (lines.isEmpty()) {
      d.paragraf(t(PK_FORMULIR_TANPA_ANGGARAN), Rata.KIRI, false);
      return;
    }
    Map<String, AnggaranDok> byKode = new LinkedHashMap<>();
    lines.forEach(a -> byKode.putIfAbsent(a.kode(), a));
    Map<String, List<AnggaranDok>> children = new LinkedHashMap<>();
    List<AnggaranDok> roots = new ArrayList<>();
    for (AnggaranDok a : byKode.values()) {
      String parent = parent(a, byKode);
      if (parent == null) {
        roots.add(a);
      } else {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(a);
      }
    }
    List<Dokumen.Baris> rows = new ArrayList<>();
    for (AnggaranDok root : roots) {
      rows(root, children, !children.isEmpty(), rows);
    }
    // The total as docs/domain.md §2.5 states it for a PK: each line once, through its highest listed ancestor.
    List<JumlahPagu.Baris> baris = new ArrayList<>();
    boolean complete = true;
    for (AnggaranDok a : byKode.values()) {
      Long pagu = pagu(a, children);
      if (pagu == null) {
        complete = false;
      } else {
        baris.add(new JumlahPagu.Baris(a.kode(), parent(a, byKode), pagu));
      }
    }
    OptionalLong total = complete ? JumlahPagu.jumlah(baris, byKode.keySet()) : OptionalLong.empty();
    rows.add(Dokumen.barisTebal("", t(PK_FORMULIR_JUMLAH), total.isPresent() ? rupiah(total.getAsLong()) : KOSONG, ""));
    d.tabel(List.of(Dokumen.kolom(t(PK_FORMULIR_KOLOM_KODE), 13, Rata.KIRI),
        Dokumen.kolom(t(PK_FORMULIR_KOLOM_PROGRAM), 46, Rata.KIRI),
        Dokumen.kolom(t(PK_FORMULIR_KOLOM_ANGGARAN), 17, Rata.KANAN),
        Dokumen.kolom(t(PK_FORMULIR_KOLOM_KETERANGAN), 11, Rata.KIRI)), rows);
  }

  /** The line and, under it, its sub-lines; a program is bold where it heads kegiatan (in a list of programs only, none is). */
  private void rows(AnggaranDok a, Map<String, List<AnggaranDok>> children, boolean tree, List<Dokumen.Baris> rows) {
    Long pagu = pagu(a, children);
    rows.add(new Dokumen.Baris(List.of(a.kode(), a.nama(), pagu == null ? KOSONG : rupiah(pagu),
        a.keterangan() == null ? "" : a.keterangan()), tree && a.level() == AnggaranLevel.PROGRAM));
    for (AnggaranDok c : children.getOrDefault(a.kode(), List.of())) {
      rows(c, children, tree, rows);
    }
  }

  /** The line's parent in this PK: the one it names, or the one its SIPD code extends; null when it has none here. */
  private static String parent(AnggaranDok a, Map<String, AnggaranDok> byKode) {
    String p = a.parentKode() != null ? a.parentKode() : AnggaranRules.parentOf(a.kode(), a.level());
    return p != null && byKode.containsKey(p) && !p.equals(a.kode()) ? p : null;
  }

  /** A line's pagu: the sum of its sub-lines when it has any (docs/domain.md §2.5), else its own; null when neither. */
  private static Long pagu(AnggaranDok a, Map<String, List<AnggaranDok>> children) {
    List<AnggaranDok> kids = children.getOrDefault(a.kode(), List.of());
    if (kids.isEmpty()) {
      return a.pagu();
    }
    long sum = 0;
    for (AnggaranDok k : kids) {
      Long p = pagu(k, children);
      if (p == null) {
        return a.pagu();
      }
      sum += p;
    }
    return sum;
  }

  /** A target as stated: a number the Indonesian way, a range "7 – 8", or the text of a qualitative target. */
  private String target(TargetDok t) {
    if (t == null) {
      return KOSONG;
    }
    if (t.nilai() != null) {
      return Formats.number(t.nilai(), locale);
    }
    if (t.min() != null || t.max() != null) {
      return (t.min() == null ? "" : Formats.number(t.min(), locale)) + " – "
          + (t.max() == null ? "" : Formats.number(t.max(), locale));
    }
    return t.teks() == null ? KOSONG : t.teks();
  }

  private String rupiah(long nilai) {
    return t(PK_FORMULIR_RUPIAH, "nilai", nilai);
  }

  /** An 18-digit NIP as it is printed under a signature: birth date, appointment, sex, number ("19790608 199802 1 001"). */
  static String nip(String nip) {
    if (nip.matches("\\d{18}")) {
      return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " " + nip.substring(15);
    }
    return nip;
  }

  private static String nama(PejabatDok p) {
    return p == null ? "" : p.nama();
  }

  private static String upper(String s) {
    return s == null ? "" : s.toUpperCase(Locale.ROOT);
  }

  private String t(MessageKey key, Object... args) {
    return Message.of(key, args).render(locale, ZoneOffset.UTC);
  }

  /** The triwulan targets of an indicator by triwulan (1–4). */
  static Map<Integer, TargetDok> perTriwulan(List<TargetTriwulanDok> list) {
    Map<Integer, TargetDok> out = new HashMap<>();
    Defaults.list(list).forEach(x -> out.put(x.triwulan(), x.target()));
    return out;
  }
}
