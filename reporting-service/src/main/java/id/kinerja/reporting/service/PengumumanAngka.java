package id.kinerja.reporting.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.kinerja.reporting.domain.Tampilan;
import id.kinerja.reporting.domain.figures.KecamatanFigure;
import id.kinerja.reporting.service.view.Views;

/**
 * The announcement of a recalculated kecamatan-year on the live stream (docs/reporting.md "Live figures (SSE)"): its
 * summary figures per view and periode as the report presents them ({@code ringkasan}: capaian, capaian s.d. the
 * periode, coverage, predicate, serapan, efisiensi, each a {@link Views.Nilai} with its id-ID {@code teks}), which
 * (view, periode) groups changed ({@code kelompok}) and which summary figures changed from the last announcement, old →
 * new ({@code perubahan}). Pure: no database, no clock.
 */
public final class PengumumanAngka {

  /** Decimals kept exactly and written plain, so that a figure read back from the stored text compares equal. */
  static final ObjectMapper JSON = new ObjectMapper()
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /** The summary figures compared between two announcements, in the order a change is listed. */
  static final List<String> ANGKA = List.of("capaian", "capaianKumulatif", "cakupan", "predikat", "serapan",
      "serapanKumulatif", "efisiensi", "dibawahTarget", "terlambat");

  private PengumumanAngka() {
  }

  /** The summary of each (view, periode): OFFICIAL then PROVISIONAL, TW I–IV then the year. */
  static ArrayNode ringkasan(List<KecamatanFigure> summaries, ZoneId zone) {
    List<KecamatanFigure> sorted = new ArrayList<>(summaries);
    sorted.sort(Comparator.comparing((KecamatanFigure f) -> Tampilan.parse(f.tampilan()))
        .thenComparingInt(f -> ReportService.periodeOrder(f.periode())));
    ArrayNode out = JSON.createArrayNode();
    for (KecamatanFigure f : sorted) {
      Views.Ringkasan r = ReportService.ringkasan(f);
      ObjectNode n = out.addObject();
      n.put("tampilan", f.tampilan());
      n.put("periode", f.periode());
      n.set("capaian", nilai(r.capaian()));
      n.set("capaianKumulatif", nilai(r.capaianKumulatif()));
      ObjectNode cakupan = n.putObject("cakupan");
      cakupan.put("dilaporkan", f.dilaporkan());
      cakupan.put("jumlah", f.jumlah());
      ObjectNode predikat = n.putObject("predikat");
      predikat.put("skor", f.predikatSkor());
      predikat.put("label", f.predikatLabel());
      n.set("serapan", nilai(r.serapan()));
      n.set("serapanKumulatif", nilai(r.serapanKumulatif()));
      n.set("efisiensi", nilai(r.efisiensi()));
      n.put("dibawahTarget", f.dibawahTarget());
      n.put("terlambat", f.terlambat());
      n.put("asOf", time(f.asOf(), zone));
    }
    // Through text once, so that these nodes equal the ones read back from a stored announcement (number types).
    return (ArrayNode) read(write(out));
  }

  private static ObjectNode nilai(Views.Nilai v) {
    ObjectNode n = JSON.createObjectNode();
    n.put("status", v.status());
    n.put("raw", v.raw());
    n.put("display", v.display());
    n.put("teks", v.teks());
    return n;
  }

  /**
   * The changes from the announced summaries (null: not known) to the new ones, per (view, periode) and figure, in
   * the order of the new summaries; a group that went away lists its figures as becoming null.
   */
  static ArrayNode perubahan(JsonNode lama, ArrayNode baru) {
    Map<String, JsonNode> before = byGroup(lama);
    Map<String, JsonNode> after = byGroup(baru);
    ArrayNode out = JSON.createArrayNode();
    for (Map.Entry<String, JsonNode> e : after.entrySet()) {
      JsonNode old = before.get(e.getKey());
      for (String angka : ANGKA) {
        JsonNode from = old == null ? null : old.get(angka);
        JsonNode to = e.getValue().get(angka);
        if (from == null || !from.equals(to)) {
          change(out, e.getValue(), angka, from, to);
        }
      }
    }
    for (Map.Entry<String, JsonNode> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        for (String angka : ANGKA) {
          change(out, e.getValue(), angka, e.getValue().get(angka), null);
        }
      }
    }
    return out;
  }

  private static void change(ArrayNode out, JsonNode group, String angka, JsonNode from, JsonNode to) {
    ObjectNode c = out.addObject();
    c.put("tampilan", group.path("tampilan").asText());
    c.put("periode", group.path("periode").asInt());
    c.put("angka", angka);
    c.set("lama", from == null ? JSON.nullNode() : from);
    c.set("baru", to == null ? JSON.nullNode() : to);
  }

  /** Groups by "view|periode", in the order given. */
  private static Map<String, JsonNode> byGroup(JsonNode ringkasan) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    if (ringkasan != null) {
      ringkasan.forEach(n -> out.put(FigureGroups.group(n.path("tampilan").asText(), n.path("periode").asInt()), n));
    }
    return out;
  }

  /** The (view, periode) groups whose digests differ between two announcements (all of them when one is unknown). */
  static ArrayNode kelompok(Map<String, String> lama, Map<String, String> baru) {
    Map<String, String> before = lama == null ? Map.of() : lama;
    List<String> changed = new ArrayList<>();
    baru.forEach((g, d) -> {
      if (!d.equals(before.get(g))) {
        changed.add(g);
      }
    });
    before.keySet().stream().filter(g -> !baru.containsKey(g)).forEach(changed::add);
    changed.sort(Comparator.comparing((String g) -> Tampilan.parse(FigureGroups.tampilanOf(g)))
        .thenComparingInt(g -> ReportService.periodeOrder(FigureGroups.periodeOf(g))));
    ArrayNode out = JSON.createArrayNode();
    for (String g : changed) {
      ObjectNode n = out.addObject();
      n.put("tampilan", FigureGroups.tampilanOf(g));
      n.put("periode", FigureGroups.periodeOf(g));
    }
    return out;
  }

  /** What is announced, before it has an id. */
  record Isi(String kabupatenKode, String kecamatanKode, int tahun, Instant pada, Instant asOf, boolean dihapus,
      ArrayNode kelompok, ArrayNode perubahan, ArrayNode ringkasan) {

    /** The announcement as served; {@code id} is its log id (also the SSE event id). */
    ObjectNode json(long id, ZoneId zone) {
      ObjectNode n = JSON.createObjectNode();
      n.put("id", id);
      n.put("kabupatenKode", kabupatenKode);
      n.put("kecamatanKode", kecamatanKode);
      n.put("tahun", tahun);
      n.put("pada", time(pada, zone));
      n.put("asOf", time(asOf, zone));
      n.put("dihapus", dihapus);
      n.set("kelompok", kelompok);
      n.set("perubahan", perubahan);
      n.set("ringkasan", ringkasan);
      return n;
    }
  }

  /** The digests per group of an announcement's state, from the stored text "group=digest\n…". */
  static Map<String, String> groupDigests(String text) {
    Map<String, String> out = new HashMap<>();
    if (text != null) {
      for (String line : text.split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          out.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    }
    return out;
  }

  static String groupDigestsText(Map<String, String> digests) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(digests).forEach((g, d) -> text.append(g).append('=').append(d).append('\n'));
    return text.toString();
  }

  /** An instant with the kabupaten's offset ("2024-07-11T09:00:00+07:00"); null stays null. */
  static String time(Instant t, ZoneId zone) {
    return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone));
  }

  static String write(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
