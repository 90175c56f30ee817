package id.kinerja.reporting.service;

import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.kinerja.domain.anggaran.JumlahPagu;
import id.kinerja.reporting.domain.plan.PerjanjianKinerja;
import id.kinerja.reporting.domain.plan.Rencana;
import id.kinerja.reporting.service.view.LkjipViews;
import id.kinerja.reporting.service.view.Views;

/**
 * What the LKjIP draft of a kecamatan and year is written from (docs/domain.md §6): the LKjIP tables and the report
 * view — so the draft prints exactly the figures the API gives — the plan for the Renstra and the PK, and the
 * kabupaten's name for the cover. Nothing here computes a figure.
 */
@ApplicationScoped
public class LkjipDrafService {

  @Inject
  ReportService reports;

  @Inject
  LkjipService lkjip;

  @Inject
  ProjectionStore inputs;

  /**
   * @param kabupatenNama as planning names it ("Kabupaten Ponorogo"); null while only the plan is known
   * @param penandatangan who signs the report: pihak pertama of the camat's PK; null when there is none
   * @param paguPk the total pagu of the camat's PK budget lines (docs/domain.md §2.5); null without PK lines
   * @param profil tugas, fungsi, dasar hukum and organisation from planning's master data; null when not received
   * @param logo the kabupaten's emblem (PNG or JPEG) for the cover; null when planning has none
   */
  public record LkjipDraf(LkjipViews.Lkjip tabel, Views.LaporanKecamatan laporan, Rencana rencana,
      String kabupatenNama, PerjanjianKinerja.Pihak penandatangan, Long paguPk, ProjectionStore.KecamatanProfil profil,
      byte[] logo) {
  }

  @Transactional
  public LkjipDraf draf(ReportService.Snapshot s) {
    Rencana plan = s.rencana();
    String kabupaten = inputs.kabupaten(plan.kabupatenKode()).map(ProjectionStore.KabupatenSettings::nama).orElse(null);
    Optional<PerjanjianKinerja> pk = pkCamat(plan);
    Long paguPk = pk.flatMap(p -> {
      OptionalLong total = JumlahPagu.jumlah(plan.anggaran().stream()
          .map(a -> new JumlahPagu.Baris(a.kode(), a.parentKode(), a.pagu())).toList(), p.anggaranKode());
      return total.isPresent() ? Optional.of(total.getAsLong()) : Optional.empty();
    }).orElse(null);
    return new LkjipDraf(lkjip.tables(s), reports.report(s), plan, kabupaten,
        pk.map(PerjanjianKinerja::pihakPertama).orElse(null), paguPk,
        inputs.profil(plan.kecamatanKode()).orElse(null), inputs.logo(plan.kabupatenKode()).orElse(null));
  }

  /** What besides the figures the draft prints may change (planning's master data): for its ETag. */
  public String jejak(String kecamatanKode) {
    return inputs.profilJejak(kecamatanKode);
  }

  /**
   * The PK the kecamatan's LKjIP reports on: the camat's (pihak pertama with peran CAMAT), newest version — a PK
   * perubahan replaces the awal; without a camat's PK, the newest of any signatory.
   */
  public static Optional<PerjanjianKinerja> pkCamat(Rencana plan) {
    Comparator<PerjanjianKinerja> order = Comparator
        .comparing((PerjanjianKinerja p) -> p.pihakPertama() != null && "CAMAT".equals(p.pihakPertama().peran()))
        .thenComparingInt(PerjanjianKinerja::versi);
    return plan.perjanjianKinerja().stream().max(order);
  }
}
