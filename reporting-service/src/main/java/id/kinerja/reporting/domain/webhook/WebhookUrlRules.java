package id.kinerja.reporting.domain.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.kinerja.reporting.domain.ReportingMessages;

/**
 * Where a webhook may point (SSRF rule, docs/security.md "Webhooks"): an absolute https URL without credentials whose
 * host is, and resolves only to, public addresses. Refused: loopback (127/8, ::1), private (10/8, 172.16/12,
 * 192.168/16), shared (100.64/10), link-local (169.254/16 with the cloud metadata address 169.254.169.254, fe80::/10),
 * unique-local (fc00::/7), site-local (fec0::/10), the unspecified (0.0.0.0/8, ::), broadcast and multicast
 * addresses. Only where {@code lokal} is allowed (development and tests) may a URL name a loopback host, and then also
 * with http when the host is written localhost, 127.0.0.1 or [::1]. Checked at registration and again before every
 * delivery (a name may resolve elsewhere later: DNS rebinding).
 */
public final class WebhookUrlRules {

  /** Resolves a host name to its addresses (a literal address to itself). */
  @FunctionalInterface
  public interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system's resolver (the JDK's InetAddress, with its cache). */
    Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
  }

  /** Why a URL is refused: a catalogue key (its rule code is what a client sees) and its arguments. */
  public record Refusal(ReportingMessages key, Object... args) {
  }

  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private WebhookUrlRules() {
  }

  /**
   * The refusal of a URL, empty when it may be used.
   *
   * @param lokal         whether loopback hosts (and http to localhost) are allowed: development and tests only
   * @param mustResolve   whether a host name that does not resolve is refused: at delivery (nothing to connect to),
   *                      not at registration (a name may be registered before its DNS record exists; every delivery
   *                      checks it again)
   */
  public static Optional<Refusal> check(String url, boolean lokal, boolean mustResolve, Resolver resolver) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return refuse(ReportingMessages.WEBHOOK_URL_UNREADABLE);
    }
    if (!uri.isAbsolute() || uri.isOpaque() || uri.getScheme() == null) {
      return refuse(ReportingMessages.WEBHOOK_URL_UNREADABLE);
    }
    if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
      return refuse(ReportingMessages.WEBHOOK_URL_CREDENTIALS);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return refuse(ReportingMessages.WEBHOOK_URL_HOST);
    }
    host = host.toLowerCase(Locale.ROOT);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    boolean localName = LOCAL_HOSTS.contains(host);
    if (!scheme.equals("https") && !(scheme.equals("http") && lokal && localName)) {
      return refuse(ReportingMessages.WEBHOOK_URL_SCHEME);
    }
    String lookup = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(lookup);
    } catch (UnknownHostException e) {
      return mustResolve ? refuse(ReportingMessages.WEBHOOK_URL_UNRESOLVED, "host", host) : Optional.empty();
    }
    if (addresses.isEmpty()) {
      return mustResolve ? refuse(ReportingMessages.WEBHOOK_URL_UNRESOLVED, "host", host) : Optional.empty();
    }
    for (InetAddress a : addresses) {
      Optional<String> why = nonPublic(a);
      if (why.isPresent() && !(lokal && a.isLoopbackAddress())) {
        return refuse(ReportingMessages.WEBHOOK_URL_ADDRESS, "host", host, "alamat", a.getHostAddress(), "jenis", why.get());
      }
    }
    return Optional.empty();
  }

  /** What kind of non-public address this is (loopback, private, …), empty for a public one. */
  public static Optional<String> nonPublic(InetAddress a) {
    if (a.isAnyLocalAddress()) {
      return Optional.of("unspecified");
    }
    if (a.isLoopbackAddress()) {
      return Optional.of("loopback");
    }
    if (a.isLinkLocalAddress()) {
      return Optional.of("link-local");
    }
    if (a.isSiteLocalAddress()) {
      return Optional.of("private");
    }
    if (a.isMulticastAddress()) {
      return Optional.of("multicast");
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int b0 = b[0] & 0xff;
      int b1 = b[1] & 0xff;
      if (b0 == 0) {
        return Optional.of("unspecified");
      }
      if (b0 == 100 && (b1 & 0xc0) == 64) {
        return Optional.of("private"); // 100.64/10, carrier-grade NAT
      }
      if (b0 == 255 && b1 == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255) {
        return Optional.of("broadcast");
      }
      if (b0 >= 240) {
        return Optional.of("reserved");
      }
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return Optional.of("unique-local"); // fc00::/7
      }
      if (isIpv4Embedded(b)) {
        // ::ffff:a.b.c.d (the JDK usually gives an Inet4Address for it) and ::a.b.c.d carry an IPv4 address.
        try {
          return nonPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
        } catch (UnknownHostException e) {
          return Optional.of("reserved");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isIpv4Embedded(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == b[11] && (b[10] == 0 || b[10] == (byte) 0xff);
  }

  private static Optional<Refusal> refuse(ReportingMessages key, Object... args) {
    return Optional.of(new Refusal(key, args));
  }
}
