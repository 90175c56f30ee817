package id.kinerja.common.dokumen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A document people sign or finish by hand (the PK formulir, the LKjIP draft) as a list of blocks, written once and
 * rendered twice: {@link DokumenPdf} for reading and printing, {@link DokumenDocx} for finishing in Word. The blocks
 * carry finished text — numbers and dates already formatted the Indonesian way, words already in the reader's
 * language — so the two writers hold no words of their own and cannot disagree on a figure.
 */
public final class Dokumen {

  /** Horizontal alignment of a paragraph or a table column. */
  public enum Rata {
    KIRI, TENGAH, KANAN, PENUH
  }

  /** One block of the document, top to bottom. */
  public sealed interface Blok permits KopSurat, Judul, Paragraf, Rincian, Isian, Tabel, GrafikBatang, TandaTangan, Gambar, HalamanBaru {
  }

  /**
   * The letterhead: the kabupaten's logo (PNG or JPEG; null prints none) beside centred lines, the first ones bold
   * ("PEMERINTAH KABUPATEN PONOROGO", "KECAMATAN MLARAK"), the last one the address; a double rule below.
   */
  public record KopSurat(byte[] logo, List<String> baris, int barisTebal) implements Blok {
    public KopSurat {
      baris = List.copyOf(baris);
    }
  }

  /** A heading: level 0 is the document's own centred title, 1 a chapter (BAB), 2 a section, 3 a subsection. */
  public record Judul(String teks, int tingkat) implements Blok {
  }

  public record Paragraf(String teks, Rata rata, boolean tebal) implements Blok {
  }

  /** One line of a {@link Rincian}: a label and its value ("Nama", "Joko Setiawan"). */
  public record Butir(String label, String nilai) {
  }

  /**
   * Labelled values one under the other, indented, the colons aligned and a long value wrapping under itself ("Nama    :
   * …", "Jabatan : …"), as the parties are stated in a PK; no borders.
   */
  public record Rincian(List<Butir> butir) implements Blok {
    public Rincian {
      butir = List.copyOf(butir);
    }
  }

  /**
   * Text only people can write (the camat's analysis, the closing words): printed as a marked, highlighted field,
   * never invented. {@code teks} is the whole marker as the reader sees it, e.g. "[Diisi oleh kecamatan: …]".
   */
  public record Isian(String teks) implements Blok {
  }

  /** A table column: its header, its share of the width (any positive unit; the writers scale them), alignment. */
  public record Kolom(String judul, float lebar, Rata rata) {
  }

  /** A table row; {@code tebal} marks a total or group row. A null cell prints empty. */
  public record Baris(List<String> sel, boolean tebal) {
    public Baris {
      sel = Collections.unmodifiableList(new ArrayList<>(sel));
    }
  }

  /** A table whose header row repeats on every page it spans; cells wrap, long words included. */
  public record Tabel(List<Kolom> kolom, List<Baris> baris) implements Blok {
    public Tabel {
      kolom = List.copyOf(kolom);
      baris = List.copyOf(baris);
      for (Baris b : baris) {
        if (b.sel().size() != kolom.size()) {
          throw new IllegalArgumentException("a row has " + b.sel().size() + " cells for " + kolom.size() + " columns");
        }
      }
    }
  }

  /** One series of a bar chart: a value per category, null where there is none (no bar, labelled "–"). */
  public record Seri(String nama, List<BigDecimal> nilai) {
    public Seri {
      nilai = Collections.unmodifiableList(new ArrayList<>(nilai));
    }
  }

  /**
   * A grouped bar chart (capaian per triwulan, per indicator): categories along the axis, one bar per series; the
   * value labels are the given texts so the chart shows exactly the table's figures.
   */
  public record GrafikBatang(String judul, String satuan, List<String> kategori, List<Seri> seri,
      List<List<String>> label) implements Blok {
    public GrafikBatang {
      kategori = List.copyOf(kategori);
      seri = List.copyOf(seri);
      label = label.stream().map(l -> Collections.unmodifiableList(new ArrayList<>(l))).toList();
      for (Seri s : seri) {
        if (s.nilai().size() != kategori.size()) {
          throw new IllegalArgumentException("series " + s.nama() + " has " + s.nilai().size() + " values for "
              + kategori.size() + " categories");
        }
      }
      if (label.size() != seri.size()) {
        throw new IllegalArgumentException("one label list per series");
      }
    }
  }

  /** One signature block: the line above (place and date, or empty), the party, the office, the name and the NIP. */
  public record Penandatangan(String tempatTanggal, String pihak, String jabatan, String nama, String nip) {
  }

  /** Signature blocks side by side, left to right. */
  public record TandaTangan(List<Penandatangan> pihak) implements Blok {
    public TandaTangan {
      pihak = List.copyOf(pihak);
    }
  }

  public record HalamanBaru() implements Blok {
  }

  /** A centred picture (PNG or JPEG), e.g. the kabupaten's emblem on a cover, {@code lebar} points wide at most. */
  public record Gambar(byte[] isi, float lebar) implements Blok {
  }

  private final String judul;
  private final List<Blok> blok = new ArrayList<>();

  /** @param judul the document's title in its metadata (PDF info, DOCX core properties) */
  public Dokumen(String judul) {
    this.judul = Objects.requireNonNull(judul);
  }

  public String judul() {
    return judul;
  }

  public List<Blok> blok() {
    return Collections.unmodifiableList(blok);
  }

  public Dokumen tambah(Blok b) {
    blok.add(Objects.requireNonNull(b));
    return this;
  }

  public Dokumen kopSurat(byte[] logo, int barisTebal, List<String> baris) {
    return tambah(new KopSurat(logo, baris, barisTebal));
  }

  public Dokumen judul(String teks, int tingkat) {
    return tambah(new Judul(teks, tingkat));
  }

  public Dokumen paragraf(String teks) {
    return tambah(new Paragraf(teks, Rata.PENUH, false));
  }

  public Dokumen paragraf(String teks, Rata rata, boolean tebal) {
    return tambah(new Paragraf(teks, rata, tebal));
  }

  public Dokumen rincian(Butir... butir) {
    return tambah(new Rincian(List.of(butir)));
  }

  public Dokumen isian(String teks) {
    return tambah(new Isian(teks));
  }

  public Dokumen tabel(List<Kolom> kolom, List<Baris> baris) {
    return tambah(new Tabel(kolom, baris));
  }

  public Dokumen tandaTangan(Penandatangan... pihak) {
    return tambah(new TandaTangan(List.of(pihak)));
  }

  public Dokumen halamanBaru() {
    return tambah(new HalamanBaru());
  }

  /** Convenience for a row of plain cells. */
  public static Baris baris(String... sel) {
    return new Baris(java.util.Arrays.asList(sel), false);
  }

  /** Convenience for a bold (total) row. */
  public static Baris barisTebal(String... sel) {
    return new Baris(java.util.Arrays.asList(sel), true);
  }

  public static Kolom kolom(String judul, float lebar, Rata rata) {
    return new Kolom(judul, lebar, rata);
  }
}
