package id.kinerja.reporting.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import id.kinerja.reporting.service.view.PohonViews.Simpul;

/**
 * Where the boxes and lines of the pohon kinerja drawing go (pure: no PDF, no language; the text of a box and the
 * width of a text are given). The tree is drawn left to right — a wide tree (40 kecamatan under one RPJMD sasaran)
 * grows down the page, not off it: one column per depth, a node's box at the top of the band its subtree takes, its
 * children below one another in the next column, joined by orthogonal lines (out of the parent's right side, down a
 * bus in the gap between the columns, into each child's left side). Lines run only in the gaps, so they never cross a
 * box.
 *
 * <p>Page and size: the whole tree on one A4 landscape page if it fits with a text of at least {@link #MIN_FONT}
 * points (the largest size that fits is taken); otherwise a kabupaten tree goes on A3 landscape (one page if it fits
 * there), a kecamatan tree stays on A4 (A3 only when its depth does not leave a box {@link #MIN_COLUMN} points wide);
 * what still does not fit is paginated at {@link #MIN_FONT} points, cut only between boxes (never through one) and
 * preferably before a shallow node (a subtree starts the page). A continued page repeats the ancestors of its first
 * box as small "continued" boxes in a band at its top; a bus that continues on the next page runs dashed to the
 * bottom of the drawing area.
 *
 * <p>Coordinates are points on the page, x to the right and y DOWN from the page's top edge.
 */
public final class PohonLayout {

  /** Font sizes tried, largest first; the smallest is the one paginated trees are drawn at. */
  static final float[] FONTS = { 9f, 8.5f, 8f, 7.5f, 7f };
  static final float MIN_FONT = 7f;
  static final float MARGIN = 24;
  /** Height of the page header (logo, title, period and basis, visi) above the drawing area. */
  static final float HEADER = 62;
  /** Height of the page footer (legend, as-of time, page number) below the drawing area. */
  static final float FOOTER = 34;
  static final float GAP_X = 20;
  static final float GAP_Y = 7;
  static final float PAD = 3;
  /** The coloured strip on the left of a box. */
  static final float STRIP = 4;
  static final float MAX_COLUMN = 210;
  static final float MIN_COLUMN = 112;
  /** A page is cut before a shallower node when the page is at least this full. */
  static final float FULL_ENOUGH = 0.7f;

  private PohonLayout() {
  }

  /** How a text of a box is written: bold title, regular, small (one point smaller), bold figure line. */
  public enum Gaya {
    JUDUL, BIASA, KECIL, TEBAL;

    boolean tebal() {
      return this == JUDUL || this == TEBAL;
    }

    float ukuran(float font) {
      return this == KECIL ? font - 1 : font;
    }

    float leading(float font) {
      return ukuran(font) * 1.22f;
    }
  }

  /** Width in points of a text at a size. */
  public interface Ukur {
    float lebar(String teks, boolean tebal, float ukuran);
  }

  /**
   * A paragraph of a box, wrapped to the box's width and cut with "…" after {@code maksBaris} lines;
   * {@code sambung}: written after the previous paragraph's last line (" · " between) when it fits there whole, else
   * on lines of its own (a predicate after its capaian).
   */
  public record Teks(String isi, Gaya gaya, int maksBaris, boolean sambung) {
    public Teks(String isi, Gaya gaya, int maksBaris) {
      this(isi, gaya, maksBaris, false);
    }
  }

  /** One written line of a box. */
  public record Baris(String teks, Gaya gaya) {
  }

  public record Kertas(String nama, float lebar, float tinggi) {
    public static final Kertas A4_LANDSCAPE = new Kertas("A4", 841.89f, 595.28f);
    public static final Kertas A3_LANDSCAPE = new Kertas("A3", 1190.55f, 841.89f);

    float bidangLebar() {
      return lebar - 2 * MARGIN;
    }

    float bidangAtas() {
      return MARGIN + HEADER;
    }

    float bidangBawah() {
      return tinggi - MARGIN - FOOTER;
    }

    float bidangTinggi() {
      return bidangBawah() - bidangAtas();
    }
  }

  /** A box: the node, its depth, its place and its lines; {@code lanjutan}: a repeated ancestor on a continued page. */
  public record Kotak(int indeks, Simpul simpul, int tingkat, float x, float y, float lebar, float tinggi,
      List<Baris> baris, boolean lanjutan) {

    public float kanan() {
      return x + lebar;
    }

    public float bawah() {
      return y + tinggi;
    }

    /** The two boxes share some area (touching edges do not count). */
    public boolean tumpang(Kotak o) {
      return x < o.kanan() && o.x < kanan() && y < o.bawah() && o.y < bawah();
    }
  }

  /** A horizontal or vertical line; {@code bersambung}: a bus continued on the next page (drawn dashed). */
  public record Garis(float x1, float y1, float x2, float y2, boolean bersambung) {
  }

  public record Halaman(List<Kotak> kotak, List<Garis> garis) {
  }

  /** The drawing: paper, font size, the column width and the pages. */
  public record Hasil(Kertas kertas, float font, float kolom, List<Halaman> halaman) {
  }

  private record Node(Simpul simpul, int tingkat, int induk, List<Integer> anak) {
  }

  /**
   * Lays out the tree.
   *
   * @param akar the roots
   * @param kecamatan a kecamatan tree (A4 preferred when it must be paginated) rather than a kabupaten tree (A3)
   * @param isi the paragraphs of a node's box
   * @param lanjutan the note of a repeated ancestor ("(lanjutan)")
   * @param ukur the width of a text
   */
  public static Hasil susun(List<Simpul> akar, boolean kecamatan, Function<Simpul, List<Teks>> isi, String lanjutan,
      Ukur ukur) {
    List<Node> nodes = new ArrayList<>();
    for (Simpul s : akar) {
      flatten(s, 0, -1, nodes);
    }
    int depth = 1;
    for (Node n : nodes) {
      depth = Math.max(depth, n.tingkat + 1);
    }
    Virtual v;
    for (float f : FONTS) {
      v = virtual(nodes, depth, Kertas.A4_LANDSCAPE, f, isi, ukur);
      if (v.kolom >= MIN_COLUMN && v.tinggiTotal <= Kertas.A4_LANDSCAPE.bidangTinggi()) {
        return new Hasil(Kertas.A4_LANDSCAPE, f, v.kolom, List.of(page(nodes, v, 0, nodes.size(), lanjutan, ukur)));
      }
    }
    boolean a4Wide = kolom(Kertas.A4_LANDSCAPE, depth) >= MIN_COLUMN;
    Kertas kertas = kecamatan && a4Wide ? Kertas.A4_LANDSCAPE : Kertas.A3_LANDSCAPE;
    if (kertas == Kertas.A3_LANDSCAPE) {
      for (float f : FONTS) {
        v = virtual(nodes, depth, kertas, f, isi, ukur);
        if (v.tinggiTotal <= kertas.bidangTinggi()) {
          return new Hasil(kertas, f, v.kolom, List.of(page(nodes, v, 0, nodes.size(), lanjutan, ukur)));
        }
      }
    }
    v = virtual(nodes, depth, kertas, MIN_FONT, isi, ukur);
    return new Hasil(kertas, MIN_FONT, v.kolom, paginate(nodes, v, lanjutan, ukur));
  }

  private static void flatten(Simpul s, int tingkat, int induk, List<Node> out) {
    int me = out.size();
    Node n = new Node(s, tingkat, induk, new ArrayList<>());
    out.add(n);
    if (induk >= 0) {
      out.get(induk).anak.add(me);
    }
    if (s.anak() != null) {
      for (Simpul c : s.anak()) {
        flatten(c, tingkat + 1, me, out);
      }
    }
  }

  static float kolom(Kertas k, int depth) {
    return Math.min(MAX_COLUMN, (k.bidangLebar() - (depth - 1) * GAP_X) / depth);
  }

  /** The tree on one endless page: each box's lines, height and top (0 = the top of the first box). */
  private static final class Virtual {
    final Kertas kertas;
    final float font;
    final float kolom;
    final List<List<Baris>> baris = new ArrayList<>();
    final float[] tinggi;
    final float[] atas;
    float tinggiTotal;

    Virtual(Kertas kertas, float font, float kolom, int n) {
      this.kertas = kertas;
      this.font = font;
      this.kolom = kolom;
      this.tinggi = new float[n];
      this.atas = new float[n];
    }

    float x(int tingkat) {
      return MARGIN + tingkat * (kolom + GAP_X);
    }

    float bawah(int i) {
      return atas[i] + tinggi[i];
    }
  }

  private static Virtual virtual(List<Node> nodes, int depth, Kertas k, float font, Function<Simpul, List<Teks>> isi,
      Ukur ukur) {
    Virtual v = new Virtual(k, font, kolom(k, depth), nodes.size());
    float room = v.kolom - STRIP - 2 * PAD;
    for (int i = 0; i < nodes.size(); i++) {
      List<Baris> lines = lines(isi.apply(nodes.get(i).simpul), room, font, ukur);
      v.baris.add(lines);
      v.tinggi[i] = height(lines, font);
    }
    float y = 0;
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).induk < 0) {
        y = place(nodes, v, i, y) + GAP_Y;
      }
    }
    v.tinggiTotal = Math.max(0, y - GAP_Y);
    return v;
  }

  /** Places node i's subtree from y down; answers the bottom of its band. */
  private static float place(List<Node> nodes, Virtual v, int i, float y) {
    v.atas[i] = y;
    float child = y;
    float bottom = y + v.tinggi[i];
    for (int c : nodes.get(i).anak) {
      float end = place(nodes, v, c, child);
      bottom = Math.max(bottom, end);
      child = end + GAP_Y;
    }
    return bottom;
  }

  static float height(List<Baris> lines, float font) {
    float h = 2 * PAD;
    for (Baris b : lines) {
      h += b.gaya.leading(font);
    }
    return h;
  }

  /** Where a line meets a box: the middle of its first line. */
  static float anchor(float font) {
    return PAD + Gaya.JUDUL.leading(font) / 2;
  }

  private static float stubHeight(float font) {
    return 2 * PAD + Gaya.JUDUL.leading(font) + Gaya.KECIL.leading(font);
  }

  private static List<Halaman> paginate(List<Node> nodes, Virtual v, String lanjutan, Ukur ukur) {
    int n = nodes.size();
    // the lowest bottom of boxes 0..i: a page may start at node i only where no earlier box reaches below its top
    float[] reach = new float[n];
    for (int i = 0; i < n; i++) {
      reach[i] = Math.max(i == 0 ? 0 : reach[i - 1], v.bawah(i));
    }
    float height = v.kertas.bidangTinggi();
    float band = stubHeight(v.font) + 2 * GAP_Y;
    List<Halaman> pages = new ArrayList<>();
    int s = 0;
    while (s < n) {
      float room = height - (nodes.get(s).tingkat > 0 ? band : 0);
      float y0 = v.atas[s];
      float lowest = v.bawah(s);
      int lastFit = -1;
      int best = -1;
      int bestDepth = Integer.MAX_VALUE;
      int firstCandidate = -1;
      for (int e = s + 1; e <= n; e++) {
        boolean candidate = e == n || v.atas[e] >= reach[e - 1];
        if (candidate && firstCandidate < 0) {
          firstCandidate = e;
        }
        if (lowest - y0 > room) {
          break;
        }
        if (e == n) {
          lastFit = n;
          break;
        }
        if (candidate) {
          lastFit = e;
          if (lowest - y0 >= FULL_ENOUGH * room && nodes.get(e).tingkat <= bestDepth) {
            best = e;
            bestDepth = nodes.get(e).tingkat;
          }
        }
        lowest = Math.max(lowest, v.bawah(e));
      }
      int e = lastFit == n ? n : best > 0 ? best : lastFit;
      if (e <= s) { // one unbreakable block taller than a page: it overflows rather than being lost
        e = firstCandidate > s ? firstCandidate : n;
      }
      pages.add(page(nodes, v, s, e, lanjutan, ukur));
      s = e;
    }
    return pages;
  }

  /** Nodes s..e-1 on one page, with the ancestors of node s repeated in a band at the top when s is not a root. */
  private static Halaman page(List<Node> nodes, Virtual v, int s, int e, String lanjutan, Ukur ukur) {
    List<Kotak> boxes = new ArrayList<>();
    java.util.Map<Integer, Kotak> byIndex = new java.util.HashMap<>();
    float top = v.kertas.bidangAtas();
    if (s < nodes.size() && nodes.get(s).tingkat > 0) {
      float room = v.kolom - STRIP - 2 * PAD;
      for (int a = nodes.get(s).induk; a >= 0; a = nodes.get(a).induk) {
        Node node = nodes.get(a);
        List<Baris> lines = new ArrayList<>();
        lines.add(new Baris(v.baris.get(a).isEmpty() ? "" : v.baris.get(a).get(0).teks, Gaya.JUDUL));
        lines.addAll(lines(List.of(new Teks(lanjutan, Gaya.KECIL, 1)), room, v.font, ukur));
        Kotak k = new Kotak(a, node.simpul, node.tingkat, v.x(node.tingkat), top, v.kolom, stubHeight(v.font), lines,
            true);
        boxes.add(0, k);
        byIndex.put(a, k);
      }
      top += stubHeight(v.font) + 2 * GAP_Y;
    }
    float dy = s < nodes.size() ? top - v.atas[s] : 0;
    for (int i = s; i < e; i++) {
      Node node = nodes.get(i);
      Kotak k = new Kotak(i, node.simpul, node.tingkat, v.x(node.tingkat), v.atas[i] + dy, v.kolom, v.tinggi[i],
          v.baris.get(i), false);
      boxes.add(k);
      byIndex.put(i, k);
    }
    List<Garis> lines = new ArrayList<>();
    float anchor = anchor(v.font);
    for (Kotak p : boxes) {
      List<Integer> children = nodes.get(p.indeks()).anak;
      if (children.isEmpty()) {
        continue;
      }
      float pa = p.y() + anchor;
      float bus = p.kanan() + GAP_X / 2;
      float last = pa;
      boolean drawn = false;
      boolean later = false;
      for (int c : children) {
        Kotak child = byIndex.get(c);
        if (child == null) {
          later |= c >= e;
          continue;
        }
        float ca = child.y() + anchor;
        lines.add(new Garis(bus, ca, child.x(), ca, false));
        last = Math.max(last, ca);
        drawn = true;
      }
      if (!drawn && !later) {
        continue;
      }
      lines.add(new Garis(p.kanan(), pa, bus, pa, false));
      if (last > pa) {
        lines.add(new Garis(bus, pa, bus, last, false));
      }
      if (later) {
        lines.add(new Garis(bus, last, bus, v.kertas.bidangBawah(), true));
      }
    }
    return new Halaman(List.copyOf(boxes), List.copyOf(lines));
  }

  // ---- text --------------------------------------------------------------------------------------------------------

  /** The paragraphs wrapped to {@code room} points, each cut to its number of lines with "…". */
  static List<Baris> lines(List<Teks> isi, float room, float font, Ukur ukur) {
    List<Baris> out = new ArrayList<>();
    for (Teks t : isi) {
      if (t.isi() == null || t.isi().isBlank()) {
        continue;
      }
      boolean bold = t.gaya().tebal();
      float size = t.gaya().ukuran(font);
      if (t.sambung() && !out.isEmpty() && out.get(out.size() - 1).gaya() == t.gaya()) {
        String joined = out.get(out.size() - 1).teks() + " · " + t.isi().strip();
        if (ukur.lebar(joined, bold, size) <= room) {
          out.set(out.size() - 1, new Baris(joined, t.gaya()));
          continue;
        }
      }
      List<String> wrapped = wrap(t.isi().strip(), bold, size, room, ukur);
      if (wrapped.size() > t.maksBaris()) {
        wrapped = new ArrayList<>(wrapped.subList(0, t.maksBaris()));
        int last = wrapped.size() - 1;
        wrapped.set(last, ellipsis(wrapped.get(last), bold, size, room, ukur));
      }
      for (String w : wrapped) {
        out.add(new Baris(w, t.gaya()));
      }
    }
    return out;
  }

  static String ellipsis(String line, boolean bold, float size, float room, Ukur ukur) {
    String s = line.stripTrailing();
    while (!s.isEmpty() && ukur.lebar(s + "…", bold, size) > room) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    return s + "…";
  }

  /** The words of a line, "%" kept with the number before it and "Rp" with the amount after it. */
  static List<String> words(String para) {
    List<String> out = new ArrayList<>();
    boolean glueNext = false;
    for (String w : para.strip().split(" +")) {
      if (!out.isEmpty() && (glueNext || w.equals("%"))) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + w);
      } else {
        out.add(w);
      }
      glueNext = w.equals("Rp");
    }
    return out;
  }

  /** Words kept whole where they fit; a word wider than the line is broken between characters. */
  static List<String> wrap(String text, boolean bold, float size, float room, Ukur ukur) {
    List<String> out = new ArrayList<>();
    for (String para : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : words(para)) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (ukur.lebar(candidate, bold, size) <= room) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          out.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (ukur.lebar(rest, bold, size) > room && rest.length() > 1) {
          int cut = rest.length() - 1;
          while (cut > 1 && ukur.lebar(rest.substring(0, cut), bold, size) > room) {
            cut--;
          }
          out.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      if (!line.isEmpty()) {
        out.add(line.toString());
      }
    }
    return out;
  }
}
