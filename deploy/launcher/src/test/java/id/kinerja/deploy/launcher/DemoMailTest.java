package id.kinerja.deploy.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.kinerja.deploy.localstack.EmbeddedMail;

/**
 * The mail server the launcher starts for the reminders: what is sent to it over SMTP can be read where the launcher
 * says, over IMAP with the recipient's address and any password, and as an .eml file in the run directory.
 */
class DemoMailTest {

  @Test
  void aMailSentOverSmtpIsReadOverImapAndWrittenAsAnEmlFile(@TempDir Path run) throws Exception {
    try (EmbeddedMail mail = EmbeddedMail.start(0, 0)) {
      mail.writeTo(run.resolve("mail"));
      Properties smtp = new Properties();
      smtp.put("mail.smtp.host", EmbeddedMail.HOST);
      smtp.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
      MimeMessage m = new MimeMessage(Session.getInstance(smtp));
      m.setFrom(new InternetAddress("pengingat@kinerja.local"));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress("operator.mlarak@kecamatan.test"));
      m.setSubject("[Kinerja Kecamatan] H-1: realisasi TW 2 2024", "UTF-8");
      m.setText("Yth. Operator,\n\nPengisian realisasi ditutup 10 Juli 2024 pukul 24.00 WIB.", "UTF-8");
      Transport.send(m);

      Store imap = Session.getInstance(new Properties()).getStore("imap");
      imap.connect(EmbeddedMail.HOST, mail.imapPort(), "operator.mlarak@kecamatan.test", "apa saja");
      try {
        Folder inbox = imap.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        assertThat(inbox.getMessageCount()).isEqualTo(1);
        assertThat(inbox.getMessage(1).getSubject()).isEqualTo("[Kinerja Kecamatan] H-1: realisasi TW 2 2024");
        inbox.close(false);
      } finally {
        imap.close();
      }

      await().atMost(Duration.ofSeconds(10)).until(() -> emls(run.resolve("mail")).size() == 1);
      Path eml = emls(run.resolve("mail")).get(0);
      assertThat(eml.getFileName().toString()).isEqualTo("0001-operator.mlarak@kecamatan.test.eml");
      assertThat(Files.readString(eml)).contains("Pengisian realisasi ditutup 10 Juli 2024 pukul 24.00 WIB.");
    }
  }

  private static List<Path> emls(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".eml")).toList();
    }
  }
}
