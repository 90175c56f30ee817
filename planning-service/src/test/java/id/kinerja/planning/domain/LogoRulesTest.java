package id.kinerja.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import id.kinerja.planning.domain.rules.LogoRules;

/** LogoRules: what a kabupaten's logo must be, each rule at its boundary. */
class LogoRulesTest {

  static byte[] image(int w, int h, String format) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  /** A PNG whose header claims {@code w} × {@code h} pixels (a valid IHDR with its CRC), the pixels of a 1 × 1 image. */
  static byte[] pngClaiming(int w, int h) throws IOException {
    byte[] png = image(1, 1, "png");
    // IHDR: 8 bytes signature, 4 length, 4 "IHDR", then width and height, ..., CRC over type and data (17 bytes).
    ByteBuffer b = ByteBuffer.wrap(png);
    b.putInt(16, w);
    b.putInt(20, h);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 17);
    b.putInt(29, (int) crc.getValue());
    return png;
  }

  private static String rule(LogoRules.Result r) {
    return r.refusal() == null ? "accepted" : r.refusal().status() + " " + r.refusal().key().rule();
  }

  @ParameterizedTest(name = "{0} {1}×{2} as {3}: {4}")
  @CsvSource({
      "png, 400, 480, image/png, accepted",
      "jpg, 400, 480, image/jpeg, accepted",
      "png, 2000, 2000, image/png, accepted",
      "png, 2001, 10, image/png, 400 max-dimensions",
      "png, 10, 2001, image/png, 400 max-dimensions",
      "png, 40, 48, image/jpeg, 415 declared-type-must-match-content",
      "jpg, 40, 48, image/png, 415 declared-type-must-match-content",
      "png, 40, 48, 'image/png; charset=binary', accepted",
      "gif, 40, 48, image/png, 415 must-be-png-or-jpeg",
      "bmp, 40, 48, image/png, 415 must-be-png-or-jpeg" })
  void imagesAreCheckedByTheirContent(String format, int w, int h, String declared, String expected) throws IOException {
    LogoRules.Result r = LogoRules.check(image(w, h, format.equals("jpg") ? "jpeg" : format), declared);
    assertThat(rule(r)).isEqualTo(expected);
    if (r.gambar() != null) {
      assertThat(r.gambar().lebar()).isEqualTo(w);
      assertThat(r.gambar().tinggi()).isEqualTo(h);
      assertThat(r.gambar().tipe().mediaType).isEqualTo(declared.split(";")[0]);
      assertThat(r.gambar().sha256()).hasSize(64);
    }
  }

  @Test
  void sizeEmptinessAndDamageAreRefused() throws IOException {
    assertThat(rule(LogoRules.check(new byte[0], "image/png"))).isEqualTo("400 not-empty");
    byte[] big = Arrays.copyOf(image(10, 10, "png"), LogoRules.MAX_BYTES + 1);
    assertThat(rule(LogoRules.check(big, "image/png"))).isEqualTo("413 max-size");
    byte[] exact = Arrays.copyOf(image(10, 10, "png"), LogoRules.MAX_BYTES);
    // a PNG followed by zeros up to exactly 512 KiB: not refused for its size (the decoder stops at IEND)
    assertThat(rule(LogoRules.check(exact, "image/png"))).isNotEqualTo("413 max-size");
    byte[] png = image(200, 200, "png");
    assertThat(rule(LogoRules.check(Arrays.copyOf(png, 60), "image/png"))).isEqualTo("400 must-be-readable-image");
    byte[] jpeg = image(200, 200, "jpeg");
    assertThat(rule(LogoRules.check(Arrays.copyOf(jpeg, 4), "image/jpeg"))).isEqualTo("400 must-be-readable-image");
    assertThat(rule(LogoRules.check("not an image".getBytes(), null))).isEqualTo("415 must-be-png-or-jpeg");
    // no declared type: the content decides
    assertThat(rule(LogoRules.check(png, null))).isEqualTo("accepted");
  }

  @Test
  void aSmallFileClaimingAHugeImageIsRefusedBeforeItIsDecoded() throws IOException {
    byte[] bomb = pngClaiming(100_000, 100_000);
    assertThat(bomb.length).isLessThan(200);
    LogoRules.Result r = LogoRules.check(bomb, "image/png");
    assertThat(rule(r)).isEqualTo("400 max-dimensions");
    assertThat(r.refusal().args()).containsSequence("lebar", 100_000, "tinggi", 100_000);
  }
}
