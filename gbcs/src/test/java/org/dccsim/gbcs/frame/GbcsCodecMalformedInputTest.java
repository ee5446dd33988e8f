package org.dccsim.gbcs.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/** Bad input must fail with a GbcsCodecException naming the offset, never another exception. */
class GbcsCodecMalformedInputTest {

  private static final List<byte[]> SAMPLES =
      List.of(
          RtdsFiles.bytes("4.1.1_ECS17b", "ECS17b_4.1.1_SINGLE_SUCCESS_RESPONSE_GBCS.HEX"),
          RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_COMMAND_GBCS.HEX"),
          RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_PRECOMMAND_GBCS.HEX"),
          RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_RESPONSE_GBCS.HEX"),
          largestUrpCommand());

  private static byte[] largestUrpCommand() {
    return RtdsFiles.all().stream()
        .map(RtdsFiles.RtdsFile::bytes)
        .filter(b -> b.length > 600 && b[0] == (byte) 0xDD)
        .filter(b -> decodesWithCertificate(b))
        .findFirst()
        .orElseThrow();
  }

  private static boolean decodesWithCertificate(byte[] b) {
    try {
      return GbcsCodec.decode(b).apdu().header().otherInformation().keyAgreementCertificate().isPresent();
    } catch (GbcsCodecException e) {
      return false;
    }
  }

  @Test
  void everyTruncationFailsWithACodecException() {
    int truncations = 0;
    for (byte[] sample : SAMPLES) {
      for (int n = 0; n < sample.length; n++) {
        byte[] cut = Arrays.copyOf(sample, n);
        // a pre-command cut right after its content is a valid APDU without signature field
        if (decodes(cut)) {
          assertThat(sample[0]).isEqualTo((byte) 0xDF);
          continue;
        }
        truncations++;
      }
    }
    assertThat(truncations).isGreaterThan(1000);
  }

  @Test
  void everySingleByteMutationDecodesOrFailsWithACodecException() {
    int rejected = 0;
    for (byte[] sample : SAMPLES) {
      for (int i = 0; i < Math.min(sample.length, 200); i++) {
        for (int delta : new int[] {1, 0x7F, 0x80, 0xFF}) {
          byte[] mutated = sample.clone();
          mutated[i] = (byte) (mutated[i] + delta);
          if (!decodes(mutated)) {
            rejected++;
          }
        }
      }
    }
    assertThat(rejected).isGreaterThan(100);
  }

  @Test
  void aContentLengthOneTooLongIsReportedAtTheSignatureOrTheEnd() {
    byte[] pre = RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_PRECOMMAND_GBCS.HEX");
    byte[] bad = pre.clone();
    int contentLengthAt = 33; // DF 09 cra ctr(8) 08 t(8) 08 t(8) 00 02 004F, then the length
    assertThat(bad[contentLengthAt]).isEqualTo((byte) 0x15);
    bad[contentLengthAt] = 0x16;
    assertThatThrownBy(() -> GbcsCodec.decode(bad))
        .isInstanceOf(GbcsCodecException.class)
        .hasMessageContaining("content");
  }

  @Test
  void aNonMinimalBerLengthIsRefusedBecauseItCouldNotBeReencoded() {
    byte[] pre = RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_PRECOMMAND_GBCS.HEX");
    byte[] bad = new byte[pre.length + 1];
    System.arraycopy(pre, 0, bad, 0, 33);
    bad[33] = (byte) 0x81;
    System.arraycopy(pre, 33, bad, 34, pre.length - 33);
    assertThatThrownBy(() -> GbcsCodec.decode(bad))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(33))
        .hasMessageContaining("one-byte form");
  }

  @Test
  void unknownTagsAndCraFlagsAreNamed() {
    byte[] pre = RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_PRECOMMAND_GBCS.HEX");
    byte[] badTag = pre.clone();
    badTag[0] = (byte) 0xDE;
    assertThatThrownBy(() -> GbcsCodec.decode(badTag)).hasMessageContaining("DD").hasMessageContaining("DF");
    byte[] badCra = pre.clone();
    badCra[2] = 4;
    assertThatThrownBy(() -> GbcsCodec.decode(badCra))
        .isInstanceOfSatisfying(GbcsCodecException.class, e -> assertThat(e.offset()).isEqualTo(2))
        .hasMessageContaining("CRA flag");
  }

  @Test
  void aSegmentedGeneralCipheringFrameIsRefused() {
    byte[] command = RtdsFiles.bytes("7.1_ECS42", "ECS42_7.1_SUCCESS_COMMAND_GBCS.HEX");
    command[1] = 1;
    assertThatThrownBy(() -> GbcsCodec.decode(command))
        .isInstanceOf(GbcsCodecException.class)
        .hasMessageContaining("GBT");
  }

  private static boolean decodes(byte[] bytes) {
    try {
      GbcsMessage m = GbcsCodec.decode(bytes);
      assertThat(GbcsCodec.encode(m)).isEqualTo(bytes);
      return true;
    } catch (GbcsCodecException e) {
      assertThat(e.offset()).isBetween(0, bytes.length);
      return false;
    } catch (RuntimeException e) {
      fail("decoding " + RtdsFiles.class.getSimpleName() + " bytes threw " + e, e);
      return false;
    }
  }
}
