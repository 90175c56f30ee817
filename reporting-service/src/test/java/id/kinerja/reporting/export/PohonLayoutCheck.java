package id.kinerja.reporting.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.reporting.export.PohonLayout.Garis;
import id.kinerja.reporting.export.PohonLayout.Halaman;
import id.kinerja.reporting.export.PohonLayout.Hasil;
import id.kinerja.reporting.export.PohonLayout.Kotak;
import id.kinerja.reporting.service.view.PohonViews.Simpul;

/** What every drawing must satisfy; answers the problems found, in words (empty: none). */
final class PohonLayoutCheck {

  private static final float EPS = 0.01f;

  private PohonLayoutCheck() {
  }

  static List<String> problems(List<Simpul> akar, Hasil h) {
    List<String> out = new ArrayList<>();
    Map<Simpul, Simpul> parent = new IdentityHashMap<>();
    List<Simpul> order = new ArrayList<>();
    for (Simpul r : akar) {
      flatten(r, null, parent, order);
    }
    PohonLayout.Kertas k = h.kertas();
    float anchor = PohonLayout.anchor(h.font());
    List<Simpul> seen = new ArrayList<>();
    for (int p = 0; p < h.halaman().size(); p++) {
      Halaman page = h.halaman().get(p);
      String at = "page " + (p + 1) + ": ";
      List<Kotak> boxes = page.kotak();
      for (int i = 0; i < boxes.size(); i++) {
        Kotak a = boxes.get(i);
        if (a.x() < PohonLayout.MARGIN - EPS || a.kanan() > k.lebar() - PohonLayout.MARGIN + EPS
            || a.y() < k.bidangAtas() - EPS || a.bawah() > k.bidangBawah() + EPS) {
          out.add(at + a.simpul().id() + " outside the drawing area " + a);
        }
        for (int j = i + 1; j < boxes.size(); j++) {
          if (a.tumpang(boxes.get(j))) {
            out.add(at + a.simpul().id() + " overlaps " + boxes.get(j).simpul().id());
          }
        }
      }
      List<Kotak> real = boxes.stream().filter(b -> !b.lanjutan()).toList();
      real.forEach(b -> seen.add(b.simpul()));
      // the repeated boxes are exactly the ancestors of the page's first box
      if (!real.isEmpty()) {
        List<Simpul> ancestors = new ArrayList<>();
        for (Simpul s = parent.get(real.get(0).simpul()); s != null; s = parent.get(s)) {
          ancestors.add(0, s);
        }
        List<Simpul> stubs = boxes.stream().filter(Kotak::lanjutan).map(Kotak::simpul).toList();
        if (!sameNodes(stubs, ancestors)) {
          out.add(at + "continued boxes " + ids(stubs) + " are not the ancestors " + ids(ancestors));
        }
      }
      for (Garis g : page.garis()) {
        if (g.x1() != g.x2() && g.y1() != g.y2()) {
          out.add(at + "a slanted line " + g);
        }
        if (Math.min(g.x1(), g.x2()) < PohonLayout.MARGIN - EPS || Math.max(g.x1(), g.x2()) > k.lebar() + EPS
            || Math.min(g.y1(), g.y2()) < k.bidangAtas() - EPS || Math.max(g.y1(), g.y2()) > k.bidangBawah() + EPS) {
          out.add(at + "a line outside the drawing area " + g);
        }
        for (Kotak b : boxes) {
          if (crosses(g, b)) {
            out.add(at + "line " + g + " crosses " + b.simpul().id());
          }
        }
      }
      // every box whose parent is a box of the page is joined to it: a line ends at its anchor
      Map<Simpul, Kotak> onPage = new IdentityHashMap<>();
      boxes.forEach(b -> onPage.put(b.simpul(), b));
      for (Kotak b : real) {
        Simpul up = parent.get(b.simpul());
        if (up == null) {
          continue;
        }
        if (!onPage.containsKey(up)) {
          out.add(at + b.simpul().id() + " without its parent on the page");
          continue;
        }
        float ay = b.y() + anchor;
        boolean joined = page.garis().stream().anyMatch(g -> near(g.x2(), b.x()) && near(g.y2(), ay)
            && near(g.y1(), ay) && g.x1() < g.x2() && g.x1() > onPage.get(up).kanan() - EPS);
        if (!joined) {
          out.add(at + b.simpul().id() + " is not joined to its parent");
        }
      }
    }
    if (!sameNodes(seen, order)) {
      out.add("the pages do not hold every node once, in the tree's order: " + ids(seen).size() + " of "
          + order.size());
    }
    return out;
  }

  private static void flatten(Simpul s, Simpul up, Map<Simpul, Simpul> parent, List<Simpul> order) {
    parent.put(s, up);
    order.add(s);
    for (Simpul c : s.anak()) {
      flatten(c, s, parent, order);
    }
  }

  private static boolean sameNodes(List<Simpul> a, List<Simpul> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> ids(List<Simpul> l) {
    return l.stream().map(Simpul::id).toList();
  }

  private static boolean near(float a, float b) {
    return Math.abs(a - b) < EPS;
  }

  /** The line runs through the inside of the box (along or onto its edge does not count). */
  static boolean crosses(Garis g, Kotak b) {
    float x1 = Math.min(g.x1(), g.x2());
    float x2 = Math.max(g.x1(), g.x2());
    float y1 = Math.min(g.y1(), g.y2());
    float y2 = Math.max(g.y1(), g.y2());
    return x1 < b.kanan() - EPS && x2 > b.x() + EPS && y1 < b.bawah() - EPS && y2 > b.y() + EPS
        || (x1 == x2 && x1 > b.x() + EPS && x1 < b.kanan() - EPS && y1 < b.bawah() - EPS && y2 > b.y() + EPS)
        || (y1 == y2 && y1 > b.y() + EPS && y1 < b.bawah() - EPS && x1 < b.kanan() - EPS && x2 > b.x() + EPS);
  }

  /** Counts of boxes per page (for messages). */
  static Map<Integer, Integer> perPage(Hasil h) {
    Map<Integer, Integer> m = new HashMap<>();
    for (int i = 0; i < h.halaman().size(); i++) {
      m.put(i + 1, h.halaman().get(i).kotak().size());
    }
    return m;
  }
}
