package org.dccsim.smki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PemCodecTest {

  private static final byte[] DER = new byte[100];

  static {
    for (int i = 0; i < DER.length; i++) {
      DER[i] = (byte) i;
    }
  }

  @Test
  void encodesWith64CharacterLinesAndDecodesBack() {
    String pem = PemCodec.encode("CERTIFICATE", DER);

    assertThat(pem)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(pem.lines().skip(1).limit(1).findFirst().orElseThrow()).hasSize(64);
    List<PemCodec.Block> blocks = PemCodec.decode(pem.getBytes(StandardCharsets.US_ASCII));
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0).type()).isEqualTo("CERTIFICATE");
    assertThat(blocks.get(0).der()).isEqualTo(DER);
  }

  @Test
  void readsSeveralBlocksWithCrlfLineEndsALeadingBomAndTextBetween() {
    String text =
        "\uFEFF  \r\nsubject=whatever\r\n"
            + PemCodec.encode("CERTIFICATE", DER).replace("\n", "\r\n")
            + "comment\r\n"
            + PemCodec.encode("PRIVATE KEY", new byte[] {1, 2, 3});
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(PemCodec.isPem(bytes)).isFalse(); // text before the first block
    List<PemCodec.Block> blocks = PemCodec.decode(bytes);
    assertThat(blocks)
        .extracting(PemCodec.Block::type)
        .containsExactly("CERTIFICATE", "PRIVATE KEY");
    assertThat(blocks.get(1).der()).containsExactly(1, 2, 3);
    assertThat(
            PemCodec.isPem(
                ("\uFEFF\r\n" + PemCodec.encode("X", DER)).getBytes(StandardCharsets.UTF_8)))
        .isTrue();
  }

  @Test
  void sniffsDerAsNotPem() {
    assertThat(PemCodec.isPem(new byte[] {0x30, (byte) 0x82, 0x01})).isFalse();
    assertThat(PemCodec.isPem(new byte[0])).isFalse();
    assertThat(PemCodec.isPem("-----BEGIN".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  @Test
  void refusesTextWithoutBlocksAndSingleBlockOfTheWrongType() {
    assertThatThrownBy(() -> PemCodec.decode("hello".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(SmkiException.class)
        .hasMessage("no PEM block (-----BEGIN ...-----) found");
    byte[] two =
        (PemCodec.encode("CERTIFICATE", DER) + PemCodec.encode("CERTIFICATE", DER))
            .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> PemCodec.decodeSingle(two, "CERTIFICATE"))
        .isInstanceOf(SmkiException.class)
        .hasMessage("expected one PEM block CERTIFICATE, found [CERTIFICATE, CERTIFICATE]");
  }
}
