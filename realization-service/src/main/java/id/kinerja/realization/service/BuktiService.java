package id.kinerja.realization.service;

import static id.kinerja.realization.domain.RealizationMessages.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.common.i18n.CommonMessages;
import id.kinerja.common.i18n.Message;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.realization.config.RealizationConfig;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.BuktiRules;
import id.kinerja.realization.domain.CanonicalHash;
import id.kinerja.realization.domain.Plan;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.service.Refusals.Kind;

/**
 * Evidence (bukti dukung) of an indicator's realisasi version: files stored in the database (content-addressed by
 * SHA-256, type judged by content, size-limited) or https links. Evidence is added to and removed from the current
 * version while it is a draft or returned; from submission on it is frozen with its version.
 */
@ApplicationScoped
public class BuktiService {

  /** A file to attach: its bytes as received, the client's file name and declared type. */
  public record Berkas(byte[] isi, String nama, String declaredType) {
  }

  @Inject
  CaptureService capture;

  @Inject
  RealisasiStore store;

  @Inject
  RealizationConfig config;

  @Inject
  Writer writer;

  /** Checks a file before any transaction: size, type by content. Returns the accepted type. */
  public BuktiRules.Tipe check(Berkas berkas) {
    checkSize(berkas.isi().length);
    if (berkas.isi().length == 0) {
      throw ProblemException.invalid("file", NOT_EMPTY_FILE);
    }
    BuktiRules.Tipe tipe = BuktiRules.sniff(berkas.isi()).orElseThrow(() -> ProblemException.of(415,
        "unsupported-media-type", fileDetail(Message.of(MUST_BE_ACCEPTED_TYPE_DETAIL)),
        List.of(FieldViolation.of("file", MUST_BE_ACCEPTED_TYPE))));
    if (!BuktiRules.declaredAgrees(berkas.declaredType(), tipe)) {
      throw ProblemException.of(415, "unsupported-media-type", fileDetail(Message.of(
          DECLARED_TYPE_MUST_MATCH_CONTENT_DETAIL, "dinyatakan", berkas.declaredType(), "tipe", tipe.mediaType)),
          List.of(FieldViolation.of("file", DECLARED_TYPE_MUST_MATCH_CONTENT, "tipe", tipe.mediaType)));
    }
    return tipe;
  }

  /** 413 when a file is larger than the configured limit. */
  public void checkSize(long size) {
    long max = config.bukti().maxBytes();
    if (size > max) {
      throw ProblemException.of(413, "payload-too-large", fileDetail(Message.of(MAX_SIZE_DETAIL, "ukuran", size,
          "batas", max)), List.of(FieldViolation.of("file", CommonMessages.MAX_SIZE, "batas", max)));
    }
  }

  /** "file: why", the way a refusal about one field is summed up. */
  private static Message fileDetail(Message why) {
    return Message.of(CommonMessages.DETAIL_ONE_FIELD, "field", "file", "message", why);
  }

  /** Attaches a file or a link to version {@code versi} of an indicator cell. */
  @Transactional
  public Bukti add(String kecamatan, int tahun, int triwulan, String kode, int versi, Berkas berkas, String url,
      String keterangan, Actor actor) {
    if ((berkas == null) == (url == null || url.isBlank())) {
      throw ProblemException.invalid("file", FILE_OR_URL);
    }
    BuktiRules.Tipe tipe = berkas == null ? null : check(berkas);
    Message linkProblem = url == null ? null : BuktiRules.linkProblem(url);
    if (linkProblem != null) {
      FieldViolation v = new FieldViolation("url", linkProblem.key().rule(), linkProblem);
      throw ProblemException.invalid(List.of(v));
    }
    Plan plan = capture.requirePlan(kecamatan, tahun);
    capture.requireWindow(plan, triwulan, actor);
    RealisasiIndikator r = editableVersion(kecamatan, tahun, triwulan, kode, versi);
    Bukti b;
    if (berkas != null) {
      String sha = CanonicalHash.sha256(berkas.isi());
      store.storeBerkas(sha, berkas.isi().length, tipe.mediaType, berkas.isi());
      b = new Bukti(UUID.randomUUID(), r.id, Bukti.FILE, null, sha, fileName(berkas.nama(), tipe), tipe.mediaType,
          (long) berkas.isi().length, keterangan, actor.user(), actor.now());
    } else {
      b = new Bukti(UUID.randomUUID(), r.id, Bukti.LINK, url.trim(), null, null, null, null, keterangan, actor.user(),
          actor.now());
    }
    store.insertBukti(List.of(b));
    Writes w = writer.start(actor);
    w.audit(r, "BUKTI_ADDED", new Changes().put("bukti", null, describe(b)), null);
    w.flush();
    return b;
  }

  @Transactional
  public void remove(String kecamatan, int tahun, int triwulan, String kode, int versi, UUID id, Actor actor) {
    Plan plan = capture.requirePlan(kecamatan, tahun);
    capture.requireWindow(plan, triwulan, actor);
    RealisasiIndikator r = editableVersion(kecamatan, tahun, triwulan, kode, versi);
    Bukti b = store.buktiById(id).filter(x -> x.realisasiId() == r.id)
        .orElseThrow(() -> ProblemException.notFound(THING_BUKTI, "id", id, "kode", kode, "versi", versi));
    store.deleteBukti(List.of(id));
    Writes w = writer.start(actor);
    w.audit(r, "BUKTI_REMOVED", new Changes().put("bukti", describe(b), null), null);
    w.flush();
  }

  /** Evidence of any version of a cell, with the file's bytes when it is a file. */
  public Optional<Map.Entry<Bukti, byte[]>> find(String kecamatan, int tahun, int triwulan, String kode, int versi,
      UUID id) {
    Optional<RealisasiIndikator> version = store.versions(CellKind.INDIKATOR, kecamatan, tahun, triwulan, kode).stream()
        .filter(r -> r.versi == versi).findFirst();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    return store.buktiById(id).filter(b -> b.realisasiId() == version.get().id)
        .map(b -> Map.entry(b, b.sha256() == null ? new byte[0] : store.berkas(b.sha256()).orElse(new byte[0])));
  }

  private RealisasiIndikator editableVersion(String kecamatan, int tahun, int triwulan, String kode, int versi) {
    RealisasiIndikator r = store.current(CellKind.INDIKATOR, kecamatan, tahun, triwulan, List.of(kode), true).get(kode);
    if (r == null || versi > r.versi || versi < 1) {
      throw ProblemException.notFound(THING_VERSI, "versi", versi, "kode", kode, "triwulan", triwulan, "tahun", tahun);
    }
    if (versi != r.versi) {
      throw Refusals.single(Kind.CONFLICT, "versi", MUST_BE_CURRENT_VERSION, "versi", versi, "terkini", r.versi);
    }
    if (!r.status.editable()) {
      throw Refusals.single(Kind.CONFLICT, "status", MUST_BE_EDITABLE_BUKTI, "versi", versi, "status", r.status);
    }
    return r;
  }

  private static String fileName(String name, BuktiRules.Tipe tipe) {
    String n = name == null ? "" : name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").trim();
    if (n.length() > 200) {
      n = n.substring(n.length() - 200);
    }
    return n.isEmpty() ? "bukti." + tipe.name().toLowerCase() : n;
  }

  private static Map<String, Object> describe(Bukti b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.id().toString());
    m.put("jenis", b.jenis());
    if (b.url() != null) {
      m.put("url", b.url());
    }
    if (b.sha256() != null) {
      m.put("namaBerkas", b.namaBerkas());
      m.put("sha256", b.sha256());
      m.put("ukuran", b.ukuran());
      m.put("tipe", b.tipe());
    }
    return m;
  }
}
