package id.kinerja.realization.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.kinerja.common.outbox.Outbox;
import id.kinerja.realization.domain.AuditEntry;
import id.kinerja.realization.domain.Bukti;
import id.kinerja.realization.domain.Realisasi;
import id.kinerja.realization.domain.RealizationMessages;
import id.kinerja.realization.domain.Transition;
import id.kinerja.realization.events.RealisasiEvents;

/**
 * Everything one request writes, collected while deciding and flushed at the end as JDBC batches (rows, evidence,
 * audit) and one outbox write, all in the request's transaction. Started by {@link Writer}.
 */
final class Writes {

  record PendingLinks(Realisasi realisasi, List<String> urls) {
  }

  /** A correction's version inherits the evidence of the version it corrects. */
  record PendingCopy(long fromId, Realisasi to) {
  }

  /** New versions, inserted. */
  final List<Realisasi> created = new ArrayList<>();
  /** Existing versions whose state changed, updated. */
  private final Set<Realisasi> changed = new LinkedHashSet<>();
  final List<PendingLinks> links = new ArrayList<>();
  final List<PendingLinks> replaceLinksAfterCopy = new ArrayList<>();
  final List<UUID> removedBukti = new ArrayList<>();
  final List<PendingCopy> copyBukti = new ArrayList<>();
  final List<AuditEntry> audit = new ArrayList<>();
  private final List<Outbox.Message> messages = new ArrayList<>();
  private final Actor actor;
  private final RealisasiStore store;
  private final Outbox outbox;
  private final RealisasiEvents events;

  Writes(Actor actor, RealisasiStore store, Outbox outbox, RealisasiEvents events) {
    this.actor = actor;
    this.store = store;
    this.outbox = outbox;
    this.events = events;
  }

  void changed(Realisasi r) {
    changed.add(r);
  }

  /** Records the audit line with the version and revisi the row has now (it may change again later). */
  void audit(Realisasi r, String aksi, Changes changes, String alasan) {
    audit.add(new AuditEntry(0, r.kecamatanKode, r.tahun, r.triwulan, r.jenis(), r.kode, r.versi, r.revisi, aksi,
        actor.user(), actor.peran(), actor.now(), changes.json(), alasan));
  }

  /** Announces the transition of {@code r} (already in its new state) on kinerja.realisasi.v1, with the flush. */
  void announce(Realisasi r, Transition t) {
    messages.add(events.of(r, t, actor.user(), actor.peran(), actor.now()));
  }

  /**
   * Writes everything, then stamps the changed rows with the sheet revisi they produced. Every writer of a row's revisi
   * comes through here, after {@link RealisasiStore#lockSheet} (all rows of one Writes belong to one sheet).
   *
   * @return the sheet's revisi after the change, or -1 when no row changed
   */
  long flush() {
    // Old versions leave "terkini" before their successors are inserted (one current version per cell).
    for (CellKind<?, ?> kind : CellKind.ALL) {
      update(kind, changed);
    }
    for (CellKind<?, ?> kind : CellKind.ALL) {
      if (!insert(kind, created)) {
        throw Refusals.single(Refusals.Kind.MISSING_PRECONDITION, "If-Match",
            RealizationMessages.REQUIRED_FOR_EXISTING_CELL_IF_MATCH);
      }
    }
    long revisiLembar = stamp();
    for (PendingCopy c : copyBukti) {
      store.copyBukti(c.fromId(), c.to().id);
    }
    List<Bukti> newLinks = newLinks();
    store.deleteBukti(removedBukti);
    store.insertBukti(newLinks);
    store.insertAudit(audit);
    if (!messages.isEmpty()) {
      outbox.publishAll(messages);
    }
    return revisiLembar;
  }

  private <R extends Realisasi> void update(CellKind<R, ?> kind, Collection<Realisasi> rows) {
    store.update(kind, ofKind(rows, kind));
  }

  private <R extends Realisasi> boolean insert(CellKind<R, ?> kind, Collection<Realisasi> rows) {
    return store.insert(kind, ofKind(rows, kind));
  }

  private static <R extends Realisasi> List<R> ofKind(Collection<Realisasi> rows, CellKind<R, ?> kind) {
    return rows.stream().filter(kind.rowType::isInstance).map(kind.rowType::cast).toList();
  }

  /** The links to insert; a correction's inherited links that are replaced join the removed evidence. */
  private List<Bukti> newLinks() {
    List<Bukti> newLinks = new ArrayList<>();
    for (PendingLinks p : links) {
      p.urls().forEach(url -> newLinks.add(link(p.realisasi(), url)));
    }
    if (!replaceLinksAfterCopy.isEmpty()) {
      Map<Long, List<Bukti>> copied = store.bukti(replaceLinksAfterCopy.stream().map(p -> p.realisasi().id).toList());
      for (PendingLinks p : replaceLinksAfterCopy) {
        copied.getOrDefault(p.realisasi().id, List.of()).stream().filter(b -> Bukti.LINK.equals(b.jenis()))
            .forEach(b -> removedBukti.add(b.id()));
        p.urls().forEach(url -> newLinks.add(link(p.realisasi(), url)));
      }
    }
    return newLinks;
  }

  private long stamp() {
    List<Realisasi> rows = new ArrayList<>(changed);
    rows.addAll(created);
    if (rows.isEmpty()) {
      return -1;
    }
    long revisi = store.stampLembar(rows);
    rows.forEach(r -> r.revisiLembar = revisi);
    return revisi;
  }

  private Bukti link(Realisasi r, String url) {
    return new Bukti(UUID.randomUUID(), r.id, Bukti.LINK, url.trim(), null, null, null, null, null, actor.user(),
        actor.now());
  }
}
