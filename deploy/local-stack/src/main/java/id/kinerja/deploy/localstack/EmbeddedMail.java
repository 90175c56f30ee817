package id.kinerja.deploy.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server with IMAP to read what it received (GreenMail), in this JVM, on free or given ports. Every
 * recipient gets a mailbox; authentication is off, so IMAP logs in with the recipient's address as user and any
 * password. What realization-service mails (deadline reminders) goes here in the tests and the local run.
 */
public final class EmbeddedMail implements AutoCloseable {

  public static final String HOST = "127.0.0.1";

  private final int smtpPort;
  private final int imapPort;
  private GreenMail server;
  private ServerSocket silent;
  private Thread writer;

  private EmbeddedMail(int smtpPort, int imapPort) {
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
  }

  /** Starts SMTP and IMAP; a port 0 is replaced by a free one, kept for {@link #start()} after a {@link #stop()}. */
  public static EmbeddedMail start(int smtpPort, int imapPort) {
    EmbeddedMail mail = new EmbeddedMail(smtpPort > 0 ? smtpPort : freePort(), imapPort > 0 ? imapPort : freePort());
    mail.start();
    return mail;
  }

  /** Starts the server (again) on its ports; what it had received before a stop is gone. */
  public synchronized void start() {
    closeSilent();
    if (server != null && server.isRunning()) {
      return;
    }
    server = new GreenMail(new ServerSetup[] { new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP) })
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
  }

  /** Stops the server: connections to its SMTP port are refused until {@link #start()} (an outage, in tests). */
  public synchronized void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /**
   * Stops the server and leaves its SMTP port to a listener that takes connections and never answers (a wedged relay)
   * until {@link #start()}: a client waits for a greeting that never comes. Nothing accepts them, so closing the
   * listener resets every connection it held.
   */
  public synchronized void stall() {
    stop();
    closeSilent();
    try {
      ServerSocket s = new ServerSocket();
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(HOST, smtpPort));
      silent = s;
    } catch (IOException e) {
      throw new IllegalStateException("SMTP port " + smtpPort + " could not be held", e);
    }
  }

  private void closeSilent() {
    if (silent != null) {
      try {
        silent.close();
      } catch (IOException e) {
        // already gone: the port is free either way
      }
      silent = null;
    }
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** Every message received since the last start, in arrival order. */
  public synchronized List<MimeMessage> received() {
    return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
  }

  /** The messages addressed to {@code address} (To), in arrival order. */
  public List<MimeMessage> receivedBy(String address) {
    return received().stream().filter(m -> recipients(m).stream().anyMatch(address::equalsIgnoreCase)).toList();
  }

  private static List<String> recipients(MimeMessage m) {
    try {
      Address[] to = m.getAllRecipients();
      return to == null ? List.of() : Arrays.stream(to).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Also writes each message received from now on to {@code dir} as {@code NNNN-<recipient>.eml} (what a mail program
   * opens), checking every second; for the local run, where people read the demo's mail.
   */
  public synchronized void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    writer = new Thread(() -> {
      int written = 0;
      while (!Thread.currentThread().isInterrupted()) {
        List<MimeMessage> all = received();
        for (; written < all.size(); written++) {
          MimeMessage m = all.get(written);
          List<String> to = recipients(m);
          String name = String.format("%04d-%s.eml", written + 1,
              (to.isEmpty() ? "unknown" : to.get(0)).replaceAll("[^A-Za-z0-9@._-]", "_"));
          // Written aside and moved into place: whoever watches the directory (a person, a test) never opens a
          // message half written.
          Path partial = dir.resolve("." + name + ".partial");
          try {
            try (OutputStream out = Files.newOutputStream(partial)) {
              m.writeTo(out);
            }
            Files.move(partial, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (IOException | MessagingException e) {
            System.err.println("could not write " + name + ": " + e);
          }
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "embedded-mail-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public synchronized void close() {
    if (writer != null) {
      writer.interrupt();
    }
    closeSilent();
    stop();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
