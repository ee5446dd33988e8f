package org.dccsim.gbcs.gbz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.security.SensitivePayloadParties;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.dccsim.gbcs.testing.RtdsKeys;
import org.dccsim.gbcs.testing.RtdsKeys.Usage;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.SharedSecretCache;
import org.junit.jupiter.api.Test;

/** The GBZ codec against every GBZ payload (first bytes 01 09) of RTDS 4.5.0. */
class RtdsGbzConformanceTest {

  private final GbzComponentCipher cipher = new GbzComponentCipher(new SensitivePayloadCipher(
      new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(CryptoProvider.BC), 64))));

  private record GbzFile(RtdsFile file, GeneralSigningApdu apdu) {
    ByteSlice payload() {
      return apdu.content();
    }
  }

  private static List<GbzFile> gbzFiles() throws GbcsCodecException {
    List<GbzFile> files = new ArrayList<>();
    for (RtdsFile f : RtdsFiles.all()) {
      GeneralSigningApdu apdu = GbcsCodec.decode(f.bytes()).apdu();
      ByteSlice c = apdu.content();
      if (c.length() >= 2 && c.get(0) == 0x01 && c.get(1) == 0x09) {
        files.add(new GbzFile(f, apdu));
      }
    }
    return files;
  }

  @Test
  void everyGbzPayloadDecodesAndReencodesByteForByte() throws GbcsCodecException {
    List<String> failures = new ArrayList<>();
    TreeSet<String> untyped = new TreeSet<>();
    int roundTripped = 0;
    int components = 0;
    for (GbzFile g : gbzFiles()) {
      try {
        GbzPayload p = GbzCodec.decode(g.payload());
        if (!g.payload().contentEquals(GbzCodec.encode(p))) {
          failures.add(g.file() + ": re-encoded payload differs");
          continue;
        }
        for (GbzComponent c : components(p)) {
          components++;
          c.command().filter(ZclCommandCodec.Unstructured.class::isInstance)
              .ifPresent(u -> untyped.add(String.format("%04X/%02X", c.clusterId(), c.header().frameControl())
                  + String.format("/%02X", c.header().commandId())));
        }
        roundTripped++;
      } catch (GbcsCodecException e) {
        failures.add(g.file() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(roundTripped).isEqualTo(354);
    assertThat(components).isEqualTo(1218);
    assertThat(untyped).as("plain ZCL commands without a typed form").isEmpty();
  }

  @Test
  void everyEncryptedComponentDecryptsWithTheRecipientsKeyAndItsZclContentDecodes() throws Exception {
    List<String> failures = new ArrayList<>();
    int decrypted = 0;
    for (GbzFile g : gbzFiles()) {
      GbzPayload p = GbzCodec.decode(g.payload());
      SensitivePayloadParties parties = SensitivePayloadParties.of(g.apdu().header());
      for (GbzComponent c : components(p)) {
        if (!c.encrypted()) {
          continue;
        }
        PrivateKey recipient = RtdsKeys.requirePrivateKey(parties.recipient(), Usage.KA);
        PublicKey device = RtdsKeys.requirePublicKey(parties.originator(), Usage.KA);
        try {
          ZclCommand command = cipher.decrypt(c, parties, recipient, device);
          if (command instanceof ZclCommandCodec.Unstructured) {
            failures.add(g.file() + ": decrypted command " + c.header() + " has no typed form");
          }
          assertThat(c.header().announces(command)).isTrue();
          decrypted++;
        } catch (GbcsCodecException e) {
          failures.add(g.file() + ": " + e.getMessage());
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(decrypted).isEqualTo(44);
  }

  @Test
  void truncatedOrMutatedPayloadsFailWithAPositionedCodecExceptionOnly() throws GbcsCodecException {
    List<GbzFile> samples = gbzFiles().stream()
        .filter(g -> List.of("GCS01a_1.1.1_IMMEDIATE_TOU_SUCCESS_COMMAND_GBCS.HEX",
                "GCS13a_4.1.1_SUCCESS_RELIABLE_GSME_RESPONSE_GBCS.HEX", "GCS15e_4.4.5_SUCCESS_RESPONSE_GBCS.HEX",
                "GCS21f_4.11.1_SUCCESS_RESPONSE_GBCS.HEX", "GCS53_NA_8F0A_ALERT_GBCS.HEX",
                "GCS01a_1.1.1_8F66_FUTURE_DATED_BLOCK_SUCCESS_ALERT_PUBLISH_CALENDAR_GBCS.HEX",
                "FDRA-ZigBee_NA_8F72_ALERT_GBCS.HEX")
            .contains(g.file().name()))
        .toList();
    assertThat(samples).hasSize(7);
    int rejected = 0;
    int tried = 0;
    for (GbzFile g : samples) {
      byte[] sample = g.payload().toByteArray();
      for (int n = 0; n < sample.length; n++) {
        rejected += rejects(Arrays.copyOf(sample, n)) ? 1 : 0;
        tried++;
      }
      for (int i = 0; i < sample.length; i++) {
        for (int delta : new int[] {1, 0x80, 0xFF}) {
          byte[] m = sample.clone();
          m[i] = (byte) (m[i] + delta);
          rejected += rejects(m) ? 1 : 0;
          tried++;
        }
      }
    }
    // every truncation fails; a mutation may still be a valid payload (a changed value)
    assertThat(rejected).isGreaterThan(tried / 3);
  }

  /** True when decoding fails with a codec exception inside the input; fails the test on any other outcome than a round trip. */
  private static boolean rejects(byte[] payload) {
    try {
      GbzPayload p = GbzCodec.decode(ByteSlice.copyOf(payload));
      assertThat(GbzCodec.encode(p)).isEqualTo(payload);
      return false;
    } catch (GbcsCodecException e) {
      assertThat(e.offset()).isBetween(0, payload.length);
      return true;
    } catch (RuntimeException e) {
      fail("decoding threw " + e, e);
      return false;
    }
  }

  private static List<GbzComponent> components(GbzPayload p) {
    if (p instanceof GbzPayload.UseCase u) {
      return u.components();
    }
    return ((GbzPayload.Alert) p).body() instanceof GbzAlertBody.Components c ? c.components() : List.of();
  }
}
