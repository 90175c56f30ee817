package id.kinerja.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The signature is the documented HMAC (docs/reporting.md "Webhooks"), checked against an independent value. */
class WebhookSignatureTest {

  @Test
  void isHmacSha256OfTimestampDotBody() {
    // Computed independently: printf '%s' '1720000000.{"a":1}' | openssl dgst -sha256 -hmac 'rahasia-yang-cukup-panjang-0123456789'
    assertThat(WebhookSignature.sign("rahasia-yang-cukup-panjang-0123456789", 1720000000L, "{\"a\":1}"))
        .isEqualTo("v1=" + EXPECTED);
    assertThat(WebhookSignature.verify("rahasia-yang-cukup-panjang-0123456789", 1720000000L, "{\"a\":1}", "v1=" + EXPECTED))
        .isTrue();
    assertThat(WebhookSignature.verify("rahasia-yang-cukup-panjang-0123456789", 1720000001L, "{\"a\":1}", "v1=" + EXPECTED))
        .isFalse();
    assertThat(WebhookSignature.verify("rahasia-lain-yang-cukup-panjang-01234567", 1720000000L, "{\"a\":1}", "v1=" + EXPECTED))
        .isFalse();
    assertThat(WebhookSignature.verify("rahasia-yang-cukup-panjang-0123456789", 1720000000L, "{\"a\":2}", "v1=" + EXPECTED))
        .isFalse();
  }

  @Test
  void fingerprintRevealsNothingOfTheSecretButTellsTwoApart() {
    String a = WebhookSignature.sidik("rahasia-yang-cukup-panjang-0123456789");
    assertThat(a).matches("sha256:[0-9a-f]{8}").doesNotContain("rahasia");
    assertThat(WebhookSignature.sidik("rahasia-yang-cukup-panjang-0123456780")).isNotEqualTo(a);
  }

  private static final String EXPECTED = "b9af4d92290c4d4875466189c6302c9747a3a219382ae18b67b2b4bdf2d82032";
}
