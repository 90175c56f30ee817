package id.kinerja.realization;

import static id.kinerja.realization.Fixture.as;
import static id.kinerja.realization.Fixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.common.events.EventEnvelope;
import id.kinerja.common.events.EventSchemas;
import id.kinerja.common.events.Topics;
import id.kinerja.common.i18n.Formats;
import id.kinerja.common.i18n.Messages;
import id.kinerja.common.jdbc.Jdbc;
import id.kinerja.common.json.CanonicalJson;
import id.kinerja.common.time.ZonaWaktu;
import id.kinerja.deploy.localstack.EmbeddedMail;
import id.kinerja.deploy.localstack.LocalStack;
import id.kinerja.deploy.testing.LocalStackTestResource;
import id.kinerja.realization.service.PengingatJob;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Deadline reminders (issue #17) over the real broker, the embedded PostgreSQL and a real SMTP server (GreenMail): mail
 * goes over SMTP and is read back from the server (IMAP, or its store), once per person, kind and triwulan.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "realization"))
class PengingatTest {

  private static final ZonaWaktu ZONA = ZonaWaktu.WITA;

  @Inject
  PengingatJob job;

  @Inject
  Jdbc jdbc;

  @ConfigProperty(name = "quarkus.mailer.port")
  int smtpPort;

  /** The people of one kabupaten, each with an address of their own. */
  record Orang(String id, String peran, String surel, boolean berhenti, String kecamatan) {
  }

  /** A fixture kabupaten in WITA whose TW 1 closed at the start of today (H+1) and TW 2 closes at the end of tomorrow (H-1). */
  private static final class Kabupaten {
    final Fixture f;
    final Orang operator;
    final Orang operatorBerhenti;
    final Orang verifier;
    final Orang bagor;
    final Orang planner;
    Instant tw1Ditutup;
    Instant tw2Ditutup;

    Kabupaten(Fixture f) {
      this.f = f;
      String u = UUID.randomUUID().toString().substring(0, 8);
      operator = new Orang("pengguna:operator." + f.kecamatan, "operator", "operator-" + u + "@kecamatan.test", false,
          f.kecamatan);
      operatorBerhenti = new Orang("pengguna:operator2." + f.kecamatan, "operator", "operator2-" + u + "@kecamatan.test",
          true, f.kecamatan);
      verifier = new Orang("pejabat:19700101199003100" + u.charAt(0), "verifier", "camat-" + u + "@kecamatan.test", false,
          f.kecamatan);
      bagor = new Orang("pengguna:bagor." + f.kabupaten, "bagian-organisasi", "bagor-" + u + "@kabupaten.test", false, null);
      planner = new Orang("pengguna:planner." + f.kabupaten, "planner", "planner-" + u + "@kabupaten.test", false, null);
    }

    List<Orang> semua() {
      return List.of(operator, operatorBerhenti, verifier, bagor, planner);
    }
  }

  private Kabupaten kabupaten() {
    Kabupaten k = new Kabupaten(Fixture.create());
    Fixture f = k.f;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kode", f.kabupaten);
    p.put("nama", "Kabupaten Uji " + f.kabupaten);
    p.put("negativeFormulaDefault", "TWO_T_MINUS_R");
    p.put("overallMode", "IKU");
    p.put("capaianScoreCap", null);
    p.put("floorNegativeAtZero", false);
    p.put("konfigurasiVersi", 1);
    p.put("zonaWaktu", ZONA.name());
    Fixture.send(f.kabupaten, "planning.kabupaten.configured", p);

    ZoneId zone = ZONA.zone();
    LocalDate today = LocalDate.now(zone);
    Instant now = Instant.now();
    k.tw1Ditutup = today.atStartOfDay(zone).toInstant();
    k.tw2Ditutup = today.plusDays(2).atStartOfDay(zone).toInstant();
    f.publishJadwal(1, 2, now.minus(Duration.ofDays(40)), k.tw1Ditutup, List.of());
    f.publishJadwal(2, 2, now.minus(Duration.ofDays(10)), k.tw2Ditutup, List.of());
    // TW 3 without its reopening: closed long ago, no reminder.
    f.publishJadwal(3, 2, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(20)), List.of());
    penerima(f.kabupaten, 1, k.semua());
    await().atMost(Duration.ofSeconds(30)).until(() -> versi("select versi from penerima_copy_versi where kabupaten_kode = ?",
        f.kabupaten) == 1 && versi("select min(versi) from jadwal_copy where kabupaten_kode = ? and triwulan <= 3",
            f.kabupaten) == 2
        && versi("select konfigurasi_versi from kabupaten_copy where kode = ?", f.kabupaten) == 1);
    return k;
  }

  static void penerima(String kabupaten, int versi, List<Orang> orang) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Orang o : orang) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", o.id());
      r.put("nama", "Nama " + o.peran());
      r.put("surel", o.surel());
      r.put("peran", o.peran());
      r.put("kecamatanKode", o.kecamatan());
      r.put("berhentiBerlangganan", o.berhenti());
      list.add(r);
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kabupatenKode", kabupaten);
    p.put("versi", versi);
    p.put("penerima", list);
    Fixture.send(kabupaten, "planning.penerima.published", p);
  }

  private int versi(String sql, String kode) {
    return jdbc.one(sql, Jdbc.params(kode), rs -> rs.getInt(1)).orElse(0);
  }

  private static EmbeddedMail mail() {
    return LocalStack.embeddedMail().orElseThrow();
  }

  /** Subjects of what the SMTP server received for an address. */
  private static List<String> subjects(String address) {
    return mail().receivedBy(address).stream().map(m -> {
      try {
        return m.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /** The reminder events of a key (kecamatan or kabupaten), each checked against its schema. */
  private static List<JsonNode> pengingatEvents(String key) {
    List<JsonNode> out = new ArrayList<>();
    for (var r : Fixture.PROBE.read(Topics.REALISASI, r -> key.equals(r.key()), Duration.ofMillis(300))) {
      JsonNode envelope = CanonicalJson.MAPPER.valueToTree(EventEnvelope.parse(r.value().getBytes()));
      if (envelope.get("type").asText().equals("realisasi.pengingat.sent")) {
        assertThat(EventSchemas.validate(envelope)).as("produced event must follow its contract: %s", envelope).isEmpty();
        out.add(envelope.get("payload"));
      }
    }
    return out;
  }

  @Test
  void aReminderIsMailedOnceToThoseWithSomethingToDoAndNotAgainAfterARestart() throws Exception {
    assertThat(mail().smtpPort()).as("the service mails to the embedded server the test reads").isEqualTo(smtpPort);
    Kabupaten k = kabupaten();
    Fixture f = k.f;
    // One version waits for verification in TW 2; three due indicators are not submitted.
    as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 17, \"ajukan\": true}").put(f.indikator(2, "IKU-01"))
        .then().statusCode(201).body("status", equalTo("SUBMITTED"));

    job.jalankan();

    kirimSampai(k, () -> subjects(k.operator.surel()).size() >= 2 && subjects(k.verifier.surel()).size() >= 1
        && subjects(k.bagor.surel()).size() >= 1);
    String kec = "Kecamatan Klakah " + f.kecamatan;
    assertThat(subjects(k.operator.surel())).containsExactlyInAnyOrder(
        "[Kinerja Kecamatan] Pengisian realisasi TW 1 2024 sudah ditutup, " + kec + " belum lengkap",
        "[Kinerja Kecamatan] H-1: realisasi TW 2 2024 " + kec + " belum lengkap, ditutup "
            + Formats.dateTime(k.tw2Ditutup, Messages.INDONESIAN, ZONA.zone()));
    assertThat(Formats.dateTime(k.tw2Ditutup, Messages.INDONESIAN, ZONA.zone())).endsWith("pukul 24.00 WITA");
    assertThat(subjects(k.verifier.surel())).containsExactly(
        "[Kinerja Kecamatan] H-1: 1 realisasi TW 2 2024 " + kec + " menunggu verifikasi");
    assertThat(subjects(k.bagor.surel())).containsExactly(
        "[Kinerja Kecamatan] Realisasi TW 1 2024: 1 kecamatan belum lengkap");
    // Opted out: never mailed. A planner has nothing to do with entry.
    assertThat(subjects(k.operatorBerhenti.surel())).isEmpty();
    assertThat(subjects(k.planner.surel())).isEmpty();

    // Read back over IMAP, as a mail program would: Indonesian text, the kabupaten's time, what to do.
    Store imap = Session.getInstance(new Properties()).getStore("imap");
    imap.connect(EmbeddedMail.HOST, mail().imapPort(), k.operator.surel(), "sembarang");
    try {
      Folder inbox = imap.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      Message tw2 = java.util.Arrays.stream(inbox.getMessages())
          .filter(m -> { try { return m.getSubject().contains("TW 2"); } catch (Exception e) { return false; } })
          .findFirst().orElseThrow();
      String body = tw2.getContent().toString();
      assertThat(tw2.getFrom()[0].toString()).contains("pengingat@kinerja.local");
      assertThat(body).startsWith("Yth. Nama operator,")
          .contains("Pengisian realisasi triwulan 2 tahun 2024 " + kec + " ditutup "
              + Formats.dateTime(k.tw2Ditutup, Messages.INDONESIAN, ZONA.zone()) + " (1 hari lagi).")
          .contains("Masih ada 3 sel (indikator dan anggaran) yang belum diajukan.")
          .contains("Yang perlu dilakukan:").contains("semua waktu dalam WITA");
      inbox.close(false);
    } finally {
      imap.close();
    }
    MimeMessage summary = mail().receivedBy(k.bagor.surel()).get(0);
    assertThat(summary.getContent().toString())
        .contains("Kabupaten Uji " + f.kabupaten + " sudah ditutup " + Formats.dateTime(k.tw1Ditutup, Messages.INDONESIAN,
            ZONA.zone()))
        .contains("- " + kec + " (" + f.kecamatan + "): 4 sel belum diajukan");

    // One event per kind decided, valid against its schema; no address in it.
    await().atMost(Duration.ofSeconds(20)).until(() -> pengingatEvents(f.kecamatan).size() == 2
        && pengingatEvents(f.kabupaten).size() == 1);
    JsonNode tw2 = pengingatEvents(f.kecamatan).stream().filter(e -> e.get("triwulan").asInt() == 2).findFirst().orElseThrow();
    assertThat(tw2.get("jenis").asText()).isEqualTo("H-1");
    assertThat(tw2.get("hariKeTutup").asInt()).isEqualTo(1);
    assertThat(tw2.get("selBelumDiisi").asInt()).isEqualTo(3);
    assertThat(tw2.get("menungguVerifikasi").asInt()).isEqualTo(1);
    assertThat(tw2.get("penerimaJumlah").asInt()).as("operator, opted-out operator, verifier").isEqualTo(3);
    assertThat(Instant.parse(tw2.get("ditutup").asText())).isEqualTo(k.tw2Ditutup);
    JsonNode kab = pengingatEvents(f.kabupaten).get(0);
    assertThat(kab.get("kecamatanKode").isNull()).isTrue();
    assertThat(kab.get("jenis").asText()).isEqualTo("H+1");
    assertThat(kab.get("penerimaJumlah").asInt()).isEqualTo(1);
    assertThat(jdbc.list("select status from pengingat where penerima_id = ?", Jdbc.params(k.operatorBerhenti.id()),
        rs -> rs.getString(1))).containsExactlyInAnyOrder("BERHENTI", "BERHENTI");

    // A second scan, and one "after a restart" (nothing held in memory: the record decides), send nothing more.
    PengingatJob.Hasil again = job.jalankan();
    assertThat(again.terkirim()).isZero();
    Thread.sleep(500);
    assertThat(subjects(k.operator.surel())).hasSize(2);
    assertThat(subjects(k.verifier.surel())).hasSize(1);
    assertThat(pengingatEvents(f.kecamatan)).hasSize(2);
    assertThat(pengingatEvents(f.kabupaten)).hasSize(1);
  }

  @Test
  void twoScansAtOnceMailOnce() throws Exception {
    Kabupaten k = kabupaten();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<PengingatJob.Hasil>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> {
          start.await();
          return job.jalankan();
        }));
      }
      start.countDown();
      for (Future<PengingatJob.Hasil> r : runs) {
        r.get();
      }
    } finally {
      pool.shutdown();
    }
    kirimSampai(k, () -> subjects(k.operator.surel()).size() >= 2 && subjects(k.bagor.surel()).size() >= 1);
    Thread.sleep(500);
    assertThat(subjects(k.operator.surel())).as("TW 1 H+1 and TW 2 H-1, each once").hasSize(2).doesNotHaveDuplicates();
    assertThat(subjects(k.bagor.surel())).hasSize(1);
    await().atMost(Duration.ofSeconds(20)).until(() -> pengingatEvents(k.f.kecamatan).size() >= 2);
    Thread.sleep(500);
    assertThat(pengingatEvents(k.f.kecamatan)).hasSize(2);
  }

  @Test
  void whileSmtpIsDownTheReminderWaitsAndASubmissionAnswersNormally() {
    Kabupaten k = kabupaten();
    Fixture f = k.f;
    mail().stop();
    try {
      PengingatJob.Hasil down = job.jalankan();
      assertThat(down.terkirim()).isZero();
      assertThat(down.gagal()).isPositive();
      assertThat(jdbc.list("select status, percobaan, galat from pengingat where penerima_id = ? and triwulan = 2",
          Jdbc.params(k.operator.id()), rs -> rs.getString(1) + " " + rs.getInt(2) + " " + (rs.getString(3) != null)))
          .containsExactly("PENDING 1 true");
      // The request thread never mails: a submission answers as always.
      as(f.operator, key()).body("{\"keadaan\": \"REPORTED\", \"nilai\": 3, \"ajukan\": true}")
          .put(f.indikator(2, "IKU-05")).then().statusCode(201).body("status", equalTo("SUBMITTED"));
    } finally {
      mail().start();
    }
    // SMTP is back: the pending reminders go at a later run (after their backoff), once.
    mailedAfterwards(k);
  }

  @Test
  void aServerThatNeverAnswersHoldsARunForOneMailerTimeoutOnly() {
    job.jalankan(); // what earlier tests left due goes first, so the silent run below meets this kabupaten's alone
    Kabupaten k = kabupaten();
    mail().stall();
    PengingatJob.Hasil silent;
    try {
      silent = job.jalankan();
    } finally {
      mail().start();
    }
    assertThat(silent.terkirim()).isZero();
    assertThat(silent.gagal()).as("the run stops at the first send the server leaves unanswered").isEqualTo(1);
    // That one is charged an attempt and waits for its backoff; the batch's others go back untried, due at once.
    assertThat(jdbc.list("select percobaan, galat from pengingat where kabupaten_kode = ? and status = 'PENDING'",
        Jdbc.params(k.f.kabupaten), rs -> rs.getInt(1) + " " + rs.getString(2)))
        .containsExactlyInAnyOrder("1 the SMTP server did not answer within quarkus.mailer.timeout", "0 null", "0 null");
    mailedAfterwards(k);
  }

  /**
   * Once the SMTP server answers again, later sends mail each reminder decided for the kabupaten exactly once: the
   * operator's two and Bagian Organisasi's (nothing waits for the verifier).
   */
  private void mailedAfterwards(Kabupaten k) {
    kirimSampai(k, () -> subjects(k.operator.surel()).size() >= 2 && subjects(k.bagor.surel()).size() >= 1);
    assertThat(subjects(k.operator.surel())).hasSize(2).doesNotHaveDuplicates();
    assertThat(subjects(k.bagor.surel())).hasSize(1);
    assertThat(jdbc.list("select distinct status from pengingat where kabupaten_kode = ? and status <> 'BERHENTI'",
        Jdbc.params(k.f.kabupaten), rs -> rs.getString(1))).containsExactly("SENT");
  }

  /**
   * Sends what is due until {@code done}. A run gives up on an SMTP session the server leaves unanswered after
   * {@code quarkus.mailer.timeout} and leaves the rest to later runs (under load a fresh session to the embedded server
   * wedged about once in 25 restarts, both sides waiting), so the window covers one timeout and the backoffs after it.
   */
  private void kirimSampai(Kabupaten k, Callable<Boolean> done) {
    try {
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
        job.kirim();
        return done.call();
      });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("reminders not mailed; their rows: " + jdbc.list(
          "select surel, status, percobaan, coba_lagi_pada, galat from pengingat where kabupaten_kode = ? order by id",
          Jdbc.params(k.f.kabupaten), rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " "
              + rs.getString(4) + " " + rs.getString(5)), e);
    }
  }

  @Test
  void theRecipientsCopyKeepsTheHighestVersiAndReplacesTheList() {
    Fixture f = Fixture.create();
    Orang a = new Orang("pengguna:operator." + f.kecamatan, "operator", "a@kecamatan.test", false, f.kecamatan);
    Orang b = new Orang("pengguna:bagor." + f.kabupaten, "bagian-organisasi", "b@kabupaten.test", true, null);
    Orang c = new Orang("pengguna:planner." + f.kabupaten, "planner", "c@kabupaten.test", false, null);
    penerima(f.kabupaten, 2, List.of(a, b));
    await().atMost(Duration.ofSeconds(30)).until(() -> versi("select versi from penerima_copy_versi where kabupaten_kode = ?",
        f.kabupaten) == 2);
    // An older list arriving late is ignored; a jadwal event behind it on the same key proves it was read.
    penerima(f.kabupaten, 1, List.of(c));
    f.publishJadwal(4, 2, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3)), List.of());
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.one(
        "select versi from jadwal_copy where kabupaten_kode = ? and triwulan = 4", Jdbc.params(f.kabupaten),
        rs -> rs.getInt(1)).orElse(0) == 2);
    assertThat(copy(f.kabupaten)).containsExactly(
        a.id() + " operator " + f.kecamatan + " false", b.id() + " bagian-organisasi null true");
    // A newer one replaces the whole list.
    penerima(f.kabupaten, 3, List.of(c));
    await().atMost(Duration.ofSeconds(30)).until(() -> versi("select versi from penerima_copy_versi where kabupaten_kode = ?",
        f.kabupaten) == 3);
    assertThat(copy(f.kabupaten)).containsExactly(c.id() + " planner null false");
  }

  private List<String> copy(String kabupaten) {
    return jdbc.list("select id, peran, kecamatan_kode, berhenti_berlangganan from penerima_copy where kabupaten_kode = ?"
        + " order by urutan", Jdbc.params(kabupaten),
        rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBoolean(4));
  }
}
