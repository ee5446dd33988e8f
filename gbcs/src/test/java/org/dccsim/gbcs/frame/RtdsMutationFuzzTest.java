package org.dccsim.gbcs.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.dccsim.gbcs.inspect.GbcsInspector;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.SmkiRepository;
import org.junit.jupiter.api.Test;

/**
 * Fuzz-style: every one of the 1,275 RTDS messages, mutated many ways (a byte changed, a byte
 * inserted or removed, cut short, a slice repeated), is decoded as the decoder Users run does it —
 * frame, then payload of whatever kind (DLMS, data notification, GBZ, ASN.1). Whatever the damage,
 * the only exception that may escape is the codec's own {@link GbcsCodecException}. The seed is
 * fixed, so a failure reproduces.
 */
class RtdsMutationFuzzTest {

  private static final int MUTATIONS_PER_FILE = 24;

  @Test
  void noMutationOfAnyRtdsMessageEscapesTheCodecsOwnErrorType() {
    List<RtdsFiles.RtdsFile> files = RtdsFiles.all();
    assertThat(files).hasSize(1275);
    SplittableRandom random = new SplittableRandom(20261128);
    int refused = 0;
    int decoded = 0;
    for (RtdsFiles.RtdsFile file : files) {
      byte[] original = file.bytes();
      for (int m = 0; m < MUTATIONS_PER_FILE; m++) {
        byte[] mutated = mutate(original, random);
        try {
          decodeFully(mutated);
          decoded++;
        } catch (GbcsCodecException expected) {
          refused++;
        } catch (RuntimeException | StackOverflowError e) {
          fail(file + " mutation " + m + " escaped the codec: " + e, e);
        }
      }
    }
    assertThat(refused + decoded).isEqualTo(files.size() * MUTATIONS_PER_FILE);
    assertThat(refused).as("most damage is detected").isGreaterThan(decoded);
  }

  private static final GbcsInspector DECODER = new GbcsInspector(new SmkiRepository());

  private static void decodeFully(byte[] message) throws GbcsCodecException {
    DECODER.inspect(message);
  }

  private static byte[] mutate(byte[] b, SplittableRandom r) {
    int at = r.nextInt(b.length);
    switch (r.nextInt(5)) {
      case 0 -> {
        byte[] c = b.clone();
        c[at] = (byte) r.nextInt(256);
        return c;
      }
      case 1 -> {
        byte[] c = new byte[b.length + 1];
        System.arraycopy(b, 0, c, 0, at);
        c[at] = (byte) r.nextInt(256);
        System.arraycopy(b, at, c, at + 1, b.length - at);
        return c;
      }
      case 2 -> {
        byte[] c = new byte[b.length - 1];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + 1, c, at, b.length - at - 1);
        return c;
      }
      case 3 -> {
        return Arrays.copyOf(b, at);
      }
      default -> {
        int len = Math.min(1 + r.nextInt(16), b.length - at);
        byte[] c = new byte[b.length + len];
        System.arraycopy(b, 0, c, 0, at + len);
        System.arraycopy(b, at, c, at + len, b.length - at);
        return c;
      }
    }
  }
}
