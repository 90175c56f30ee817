package id.kinerja.realization.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.kinerja.common.outbox.Outbox;
import id.kinerja.realization.domain.AuditEntry;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.Jenis;
import id.kinerja.realization.domain.RealisasiAnggaran;
import id.kinerja.realization.domain.RealisasiIndikator;
import id.kinerja.realization.domain.RealizationMessages;

/**
 * Everything one request writes, collected while deciding and flushed at the end as JDBC batches (rows, evidence,
 * audit) and one outbox write, all in the request's transaction.
 */
final class Writes {

  record PendingLinks(RealisasiIndikator realisasi, List<String> urls) {
  }

  /** A correction's version inherits the evidence of the version it corrects. */
  record PendingCopy(long fromId, RealisasiIndikator to) {
  }

  final List<RealisasiIndikator> newIndikator = new ArrayList<>();
  final Set<RealisasiIndikator> changedIndikator = new LinkedHashSet<>();
  final List<RealisasiAnggaran> newAnggaran = new ArrayList<>();
  final Set<RealisasiAnggaran> changedAnggaran = new LinkedHashSet<>();
  final List<PendingLinks> links = new ArrayList<>();
  final List<PendingLinks> replaceLinksAfterCopy = new ArrayList<>();
  final List<UUID> removedBukti = new ArrayList<>();
  final List<PendingCopy> copyBukti = new ArrayList<>();
  final List<AuditEntry> audit = new ArrayList<>();
  final List<Outbox.Message> events = new ArrayList<>();
  private final Actor actor;

  Writes(Actor actor) {
    this.actor = actor;
  }

  /** Records the audit line with the version and revisi the row has now (it may change again later). */
  void audit(RealisasiIndikator r, String aksi, Changes changes, String alasan, Actor actor) {
    audit.add(new AuditEntry(0, r.kecamatanKode, r.tahun, r.triwulan, Jenis.INDIKATOR, r.indikatorKode, r.versi,
        r.revisi, aksi, actor.user(), actor.peran(), actor.now(), changes.json(), alasan));
  }

  void audit(RealisasiAnggaran r, String aksi, Changes changes, String alasan, Actor actor) {
    audit.add(new AuditEntry(0, r.kecamatanKode, r.tahun, r.triwulan, Jenis.ANGGARAN, r.anggaranKode, r.versi,
        r.revisi, aksi, actor.user(), actor.peran(), actor.now(), changes.json(), alasan));
  }

  /**
   * Writes everything, then stamps the changed rows with the sheet revisi they produced. Every writer of a row's revisi
   * comes through here, after {@link RealisasiStore#lockSheet} (all rows of one Writes belong to one sheet).
   *
   * @return the sheet's revisi after the change, or -1 when no row changed
   */
  long flush(RealisasiStore store, Outbox outbox) {
    // Old versions leave "terkini" before their successors are inserted (one current version per cell).
    store.updateIndikator(new ArrayList<>(changedIndikator));
    store.updateAnggaran(new ArrayList<>(changedAnggaran));
    if (!store.insertIndikator(newIndikator) || !store.insertAnggaran(newAnggaran)) {
      throw Refusals.single(Refusals.Kind.MISSING_PRECONDITION, "If-Match",
          RealizationMessages.REQUIRED_FOR_EXISTING_CELL_IF_MATCH);
    }
    long revisiLembar = stamp(store);
    for (PendingCopy c : copyBukti) {
      store.copyBukti(c.fromId(), c.to().id);
    }
    List<Bukti> newLinks = new ArrayList<>();
    for (PendingLinks p : links) {
      for (String url : p.urls()) {
        newLinks.add(link(p.realisasi(), url));
      }
    }
    if (!replaceLinksAfterCopy.isEmpty()) {
      Map<Long, List<Bukti>> copied = store.bukti(replaceLinksAfterCopy.stream().map(p -> p.realisasi().id).toList());
      for (PendingLinks p : replaceLinksAfterCopy) {
        copied.getOrDefault(p.realisasi().id, List.of()).stream().filter(b -> Bukti.LINK.equals(b.jenis()))
            .forEach(b -> removedBukti.add(b.id()));
        for (String url : p.urls()) {
          newLinks.add(link(p.realisasi(), url));
        }
      }
    }
    store.deleteBukti(removedBukti);
    store.insertBukti(newLinks);
    store.insertAudit(audit);
    if (!events.isEmpty()) {
      outbox.publishAll(events);
    }
    return revisiLembar;
  }

  private long stamp(RealisasiStore store) {
    List<RealisasiIndikator> ind = new ArrayList<>(changedIndikator);
    ind.addAll(newIndikator);
    List<RealisasiAnggaran> ang = new ArrayList<>(changedAnggaran);
    ang.addAll(newAnggaran);
    if (ind.isEmpty() && ang.isEmpty()) {
      return -1;
    }
    String kecamatan = ind.isEmpty() ? ang.get(0).kecamatanKode : ind.get(0).kecamatanKode;
    int tahun = ind.isEmpty() ? ang.get(0).tahun : ind.get(0).tahun;
    int triwulan = ind.isEmpty() ? ang.get(0).triwulan : ind.get(0).triwulan;
    long revisi = store.stampLembar(kecamatan, tahun, triwulan, ind.stream().map(r -> r.id).toList(),
        ang.stream().map(r -> r.id).toList());
    ind.forEach(r -> r.revisiLembar = revisi);
    ang.forEach(r -> r.revisiLembar = revisi);
    return revisi;
  }

  private Bukti link(RealisasiIndikator r, String url) {
    return new Bukti(UUID.randomUUID(), r.id, Bukti.LINK, url.trim(), null, null, null, null, null, actor.user(),
        actor.now());
  }
}
