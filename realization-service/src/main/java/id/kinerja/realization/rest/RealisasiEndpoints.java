package id.kinerja.realization.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import id.kinerja.common.i18n.RequestLocale;
import id.kinerja.common.json.JsonHardening;
import id.kinerja.common.problem.FieldViolation;
import id.kinerja.common.problem.ProblemException;
import id.kinerja.common.rest.ETags;
import id.kinerja.common.xlsx.WorkbookUpload;
import id.kinerja.realization.config.RealizationConfig;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.CanonicalHash;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.domain.Workflow.Action;
import id.kinerja.realization.service.Actor;
import id.kinerja.realization.service.BuktiService;
import id.kinerja.realization.service.CaptureService;
import id.kinerja.realization.service.CaptureService.Item;
import id.kinerja.realization.service.IdempotencyService;
import id.kinerja.realization.service.IdempotencyService.Outcome;
import id.kinerja.realization.service.Naming;
import id.kinerja.realization.service.QueryService;
import id.kinerja.realization.service.WorkbookService;
import id.kinerja.realization.service.WorkflowService;

/**
 * What the realisasi resources do, once: a cell of either kind ({@link CellViews}) read, saved, acted on and corrected;
 * the triwulan sheet read, saved as a batch, acted on as a whole. {@link RealisasiIndikatorResource},
 * {@link RealisasiAnggaranResource} and {@link RealisasiTriwulanResource} declare the paths, the roles and the API
 * document, and come here in one line each.
 */
@ApplicationScoped
class RealisasiEndpoints {

  /** A request that saves one cell (PUT): what it enters, and whether to submit it too. */
  interface SaveRequest {
    Item item(String kode, Long revisi);

    Boolean ajukan();
  }

  /** A request that opens a correction of an approved cell. */
  interface CorrectionRequest {
    /** The correction's content, null where version n's is kept. */
    Item item(String kode, Long revisi);

    String alasanKoreksi();

    Boolean ajukan();
  }

  @Inject
  CaptureService capture;

  @Inject
  WorkflowService workflow;

  @Inject
  QueryService query;

  @Inject
  IdempotencyService idempotency;

  @Inject
  BuktiService buktiService;

  @Inject
  Access access;

  @Inject
  RealizationConfig config;

  @Inject
  UriInfo uri;

  @Inject
  WorkbookService workbook;

  /**
   * Who may take a workflow action, on a cell or a triwulan alike: operators of the kecamatan submit, its verifiers
   * verify and approve, its verifiers and Bagian Organisasi of its kabupaten return.
   */
  private Actor actor(Action action, String kecamatan) {
    return switch (action) {
      case SUBMIT -> access.operator(kecamatan);
      case VERIFY, APPROVE -> access.verifier(kecamatan);
      case RETURN -> access.returner(kecamatan);
    };
  }

  // ---------------------------------------------------------------- one cell

  /** The cell with every version; 404 when its kode is neither in the plan nor entered. */
  <R extends Realisasi> Response get(CellViews<R> v, String kecamatan, int tahun, int triwulan, String kode) {
    access.read(kecamatan);
    QueryService.Cell<R> cell = query.cell(v.kind(), kecamatan, tahun, triwulan, kode);
    if (cell.versions().isEmpty() && !cell.inPlan()) {
      throw ProblemException.notFound(v.thing(), "kode", kode, "kecamatan", kecamatan, "tahun", tahun);
    }
    Response.ResponseBuilder b = Response.ok(v.cell().of(kecamatan, tahun, triwulan, kode, cell));
    cell.current().ifPresent(current -> b.tag(ETags.of(current.revisi)));
    return b.build();
  }

  <R extends Realisasi> Response version(CellViews<R> v, String kecamatan, int tahun, int triwulan, String kode,
      int versi) {
    access.read(kecamatan);
    QueryService.Cell<R> cell = query.cell(v.kind(), kecamatan, tahun, triwulan, kode);
    R r = cell.version(versi).orElseThrow(() -> ProblemException.notFound(RealizationMessages.THING_VERSI, "versi",
        versi, "kode", kode, "triwulan", triwulan, "tahun", tahun));
    return Response.ok(v.version().of(r, cell.bukti().getOrDefault(r.id, List.of()), List.of())).tag(ETags.of(r.revisi))
        .build();
  }

  /** Creates the cell (201) or edits its current version (200), submitting it too when asked. */
  <R extends Realisasi> Response put(CellViews<R> v, String kecamatan, int tahun, int triwulan, String kode,
      String key, String ifMatch, SaveRequest request) {
    Actor actor = access.operator(kecamatan);
    Long expected = ETags.parseIfMatch(ifMatch);
    return idempotency.run(actor.user(), key, "PUT", uri.getPath(), request, () -> {
      Item item = request.item(kode, expected);
      CaptureService.ItemResult r = capture.capture(kecamatan, tahun, triwulan, List.of(item),
          Boolean.TRUE.equals(request.ajukan()), actor, Naming.single()).get(0);
      boolean created = r.hasil() == CaptureService.Hasil.CREATED;
      // A new version without links has no evidence yet: no need to read it back.
      return outcome(v, r.cell(), r.peringatan(), created ? 201 : 200, created, created && item.links().isEmpty());
    });
  }

  /** A workflow action on the cell's current version. */
  <R extends Realisasi> Response actOnCell(CellViews<R> v, String kecamatan, int tahun, int triwulan, String kode,
      String key, String ifMatch, Action action, AksiRequest request) {
    Actor actor = actor(action, kecamatan);
    Long expected = ETags.parseIfMatch(ifMatch);
    return idempotency.run(actor.user(), key, "POST", uri.getPath(), request, () -> {
      WorkflowService.Result r = workflow.actOnCell(kecamatan, tahun, triwulan, v.kind().jenis(), kode, action,
          request.alasanKode(), request.alasan(), expected, actor);
      return outcome(v, r.cell(), List.of(), 200, false, false);
    });
  }

  /** Opens version n+1 of the approved cell (201). */
  <R extends Realisasi> Response correct(CellViews<R> v, String kecamatan, int tahun, int triwulan, String kode,
      String key, String ifMatch, CorrectionRequest request) {
    Actor actor = access.operator(kecamatan);
    Long expected = ETags.parseIfMatch(ifMatch);
    return idempotency.run(actor.user(), key, "POST", uri.getPath(), request, () -> {
      CaptureService.ItemResult r = capture.correct(kecamatan, tahun, triwulan, request.item(kode, expected),
          request.alasanKoreksi(), Boolean.TRUE.equals(request.ajukan()), actor);
      return outcome(v, r.cell(), List.of(), 201, true, false);
    });
  }

  // ---------------------------------------------------------------- the triwulan sheet

  /**
   * The sheet, or its difference since revisi {@code sejak}; 304 when one of the ETags the client holds
   * ({@code ifNoneMatch}, the header's values) is current.
   */
  Response sheet(String kecamatan, int tahun, int triwulan, Long sejak, List<String> ifNoneMatch) {
    access.read(kecamatan);
    if (ifNoneMatch != null && !ifNoneMatch.isEmpty()) {
      // The revisi alone is one small query: a phone polling an unchanged sheet costs no more.
      long current = query.sheetRevisiIfAny(kecamatan, tahun, triwulan).orElseThrow(() -> noPlan(kecamatan, tahun));
      if (ETags.noneMatch(String.join(", ", ifNoneMatch), "\"" + current + "\"")) {
        return Response.notModified(ETags.of(current)).build();
      }
    }
    QueryService.Sheet s = query.sheet(kecamatan, tahun, triwulan).orElseThrow(() -> noPlan(kecamatan, tahun));
    if (sejak != null && sejak > s.revisi()) {
      throw ProblemException.invalid("sejak", RealizationMessages.SEJAK_MAX_REVISI, "revisi", Long.toString(s.revisi()));
    }
    return Response.ok(TriwulanView.of(s, sejak)).tag(ETags.of(s.revisi())).build();
  }

  private static ProblemException noPlan(String kecamatan, int tahun) {
    return ProblemException.notFound(RealizationMessages.THING_RENCANA, "kecamatan", kecamatan, "tahun", tahun);
  }

  /** Every item of the triwulan saved (and submitted when asked), or none. */
  Response batch(String kecamatan, int tahun, int triwulan, String key, BatchRequest request) {
    Actor actor = access.operator(kecamatan);
    List<Item> items = items(request);
    if (items.isEmpty()) {
      throw ProblemException.invalid("indikator", RealizationMessages.NOT_EMPTY_BATCH);
    }
    if (items.size() > config.batch().maxItems()) {
      throw ProblemException.invalid("indikator", RealizationMessages.MAX_ITEMS, "batas", config.batch().maxItems());
    }
    return idempotency.run(actor.user(), key, "POST", uri.getPath(), request, () -> saved(kecamatan, tahun, triwulan,
        items, Boolean.TRUE.equals(request.ajukan()), actor, Naming.batch()));
  }

  /** The items saved as one batch, answered as the batch answers: each item's result, the sheet's new ETag. */
  private Outcome saved(String kecamatan, int tahun, int triwulan, List<Item> items, boolean ajukan, Actor actor,
      Naming naming) {
    List<CaptureService.ItemResult> results = capture.capture(kecamatan, tahun, triwulan, items, ajukan, actor, naming);
    long revisi = query.sheetRevisi(kecamatan, tahun, triwulan);
    return new Outcome(200, BatchResultView.of(kecamatan, tahun, triwulan, revisi, results), ETags.of(revisi).toString(),
        null);
  }

  // ---------------------------------------------------------------- the triwulan as a workbook

  /** The template with the sheet's current content, as an attachment. */
  Response template(String kecamatan, int tahun, int triwulan) {
    access.read(kecamatan);
    byte[] xlsx = workbook.template(kecamatan, tahun, triwulan, RequestLocale.current().locale())
        .orElseThrow(() -> noPlan(kecamatan, tahun));
    return Response.ok(xlsx, WorkbookUpload.MEDIA_TYPE).header("Content-Disposition",
        "attachment; filename=\"realisasi-" + kecamatan + "-" + tahun + "-TW" + triwulan + ".xlsx\"").build();
  }

  Response preview(String kecamatan, int tahun, int triwulan, FileUpload berkas) {
    Actor actor = access.operator(kecamatan);
    return Response.ok(PratinjauView.of(kecamatan, tahun, triwulan, workbook.preview(kecamatan, tahun, triwulan,
        WorkbookUpload.bytes(berkas, "berkas"), RequestLocale.current().locale(), actor))).build();
  }

  /** The workbook's changing rows saved as one batch (the batch's rules, all or nothing), submitted when asked. */
  Response apply(String kecamatan, int tahun, int triwulan, String key, boolean ajukan, FileUpload berkas) {
    Actor actor = access.operator(kecamatan);
    idempotency.requireKey(key);
    byte[] body = WorkbookUpload.bytes(berkas, "berkas");
    Map<String, Object> fingerprint = new LinkedHashMap<>();
    fingerprint.put("sha256", CanonicalHash.sha256(body));
    fingerprint.put("ajukan", ajukan);
    // What changes is decided inside: a retry finds the first answer before the cells it changed.
    return idempotency.run(actor.user(), key, "POST", uri.getPath(), fingerprint, () -> {
      WorkbookService.Kiriman k = workbook.kiriman(kecamatan, tahun, triwulan, body, RequestLocale.current().locale());
      return saved(kecamatan, tahun, triwulan, k.items(), ajukan, actor, k.naming());
    });
  }

  /** Every item of a batch, indicators first, each with its position in its list. */
  private static List<Item> items(BatchRequest request) {
    List<Item> items = new ArrayList<>();
    if (request.indikator() != null) {
      for (int i = 0; i < request.indikator().size(); i++) {
        items.add(request.indikator().get(i).item(i));
      }
    }
    if (request.anggaran() != null) {
      for (int i = 0; i < request.anggaran().size(); i++) {
        items.add(request.anggaran().get(i).item(i));
      }
    }
    return items;
  }

  /** A workflow action on every eligible cell of the triwulan, or on the listed ones. */
  Response actOnTriwulan(String kecamatan, int tahun, int triwulan, String key, String ifMatch, Action action,
      AksiRequest request) {
    Actor actor = actor(action, kecamatan);
    AksiRequest r = request == null ? AksiRequest.EMPTY : request;
    Long expected = ETags.parseIfMatch(ifMatch);
    return idempotency.run(actor.user(), key, "POST", uri.getPath(), r, () -> {
      WorkflowService.Result result = workflow.actOnTriwulan(kecamatan, tahun, triwulan, action, r.indikator(),
          r.anggaran(), r.alasanKode(), r.alasan(), expected, actor);
      return new Outcome(200, AksiResultView.of(kecamatan, tahun, triwulan, action, result),
          ETags.of(result.revisiTriwulan()).toString(), null);
    });
  }

  // ---------------------------------------------------------------- evidence of an indicator's version

  /** A file or a link attached to the version (201). */
  Response uploadBukti(String kecamatan, int tahun, int triwulan, String kode, int versi, String key, FileUpload file,
      String url, String keterangan) {
    Actor actor = access.operator(kecamatan);
    JsonHardening.requireValidText("url", url);
    JsonHardening.requireValidText("keterangan", keterangan);
    BuktiService.Berkas berkas = null;
    if (file != null) {
      buktiService.checkSize(file.size());
      try {
        berkas = new BuktiService.Berkas(Files.readAllBytes(file.uploadedFile()), file.fileName(), file.contentType());
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the uploaded file", e);
      }
      buktiService.check(berkas);
    }
    String ket = keterangan == null || keterangan.isBlank() ? null : keterangan.trim();
    Map<String, Object> fingerprint = new LinkedHashMap<>();
    fingerprint.put("sha256", berkas == null ? null : CanonicalHash.sha256(berkas.isi()));
    fingerprint.put("namaBerkas", berkas == null ? null : berkas.nama());
    fingerprint.put("url", url);
    fingerprint.put("keterangan", ket);
    BuktiService.Berkas upload = berkas;
    return idempotency.run(actor.user(), key, "POST", uri.getPath(), fingerprint, () -> {
      Bukti b = buktiService.add(kecamatan, tahun, triwulan, kode, versi, upload, url, ket, actor);
      BuktiView view = BuktiView.of(b, Paths.indikator(kecamatan, tahun, triwulan, kode), versi);
      return new Outcome(201, view, null, view.unduh());
    });
  }

  /** An evidence file's bytes, with its type, name and digest. */
  Response downloadBukti(String kecamatan, int tahun, int triwulan, String kode, int versi, UUID id) {
    access.read(kecamatan);
    Map.Entry<Bukti, byte[]> found = buktiService.find(kecamatan, tahun, triwulan, kode, versi, id)
        .filter(e -> Bukti.FILE.equals(e.getKey().jenis()))
        .orElseThrow(() -> ProblemException.notFound(RealizationMessages.THING_BERKAS_BUKTI, "id", id, "kode", kode,
            "versi", versi));
    Bukti b = found.getKey();
    byte[] sha = HexFormat.of().parseHex(b.sha256());
    return Response.ok(found.getValue(), b.tipe())
        .header("Content-Disposition", "attachment; filename=\"" + b.namaBerkas().replaceAll("[^\\x20-\\x7E]", "_")
            + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(b.namaBerkas(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"))
        .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha) + ":")
        .tag(b.sha256())
        .build();
  }

  /** Evidence removed from the current draft version (204). */
  Response removeBukti(String kecamatan, int tahun, int triwulan, String kode, int versi, UUID id) {
    Actor actor = access.operator(kecamatan);
    buktiService.remove(kecamatan, tahun, triwulan, kode, versi, id, actor);
    return Response.noContent().build();
  }

  private <R extends Realisasi> Outcome outcome(CellViews<R> v, Realisasi version, List<FieldViolation> peringatan,
      int status, boolean location, boolean noBukti) {
    R r = v.kind().row(version);
    List<Bukti> bukti = v.withBukti() && !noBukti ? query.bukti(r.id) : List.of();
    return new Outcome(status, v.version().of(r, bukti, peringatan), ETags.of(r.revisi).toString(),
        location ? v.location().of(r) : null);
  }
}
