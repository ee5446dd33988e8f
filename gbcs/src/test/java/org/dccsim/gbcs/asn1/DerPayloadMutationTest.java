package org.dccsim.gbcs.asn1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.junit.jupiter.api.Test;

/**
 * Damaged DER payloads (every truncation, three changes of every byte, a byte appended) either
 * decode into a structure that encodes back to exactly the damaged bytes, or fail with a
 * GbcsCodecException; nothing else escapes.
 */
class DerPayloadMutationTest {

  private record Sample(int messageCode, CraFlag cra, byte[] payload) {}

  private static Sample sample(String folder, String name) throws GbcsCodecException {
    byte[] b = RtdsFiles.bytes(folder, name);
    GeneralSigningApdu apdu =
        b[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(b).apdu() : GbcsCodec.decodeApdu(b);
    return new Sample(apdu.messageCode(), apdu.cra(), apdu.content().toByteArray());
  }

  @Test
  void damagedPayloadsFailWithACodecExceptionOrRoundTripExactly() throws GbcsCodecException {
    List<Sample> samples = List.of(
        sample("6.15.1_CS02bSupplierBySupplier", "CS02bSupplierBySupplier_6.15.1_FUTURE_DATED_SUCCESS_COMMAND_GBCS.HEX"),
        sample("6.15.1_CS02bSupplierBySupplier", "CS02bSupplierBySupplier_6.15.1_IMMEDIATE_SUCCESS_RESPONSE_GBCS.HEX"),
        sample("6.15.1_CS02gLoadControllerBySupplier",
            "CS02gLoadControllerBySupplier_6.15.1_8F66_FUTURE_DATED_SUCCESS_ALERT_GBCS.HEX"),
        sample("6.24.1_CS02aMAC", "CS02aMAC_6.24.1_SUCCESS_RESPONSE_GBCS.HEX"),
        sample("6.24.1_CS02aMAC", "CS02aMAC_6.24.1_SUCCESS_COMMAND_GBCS.HEX"),
        sample("6.17_CS02c", "CS02c_6.17_SUCCESS_RESPONSE_GBCS.HEX"),
        sample("8.7.1_CS03CCritical", "CS03CCritical_8.7.1_SUCCESS_COMMAND_GBCS.HEX"),
        sample("8.8.1_CS04ACCritical", "CS04ACCritical_8.8.1_SUCCESS_COMMAND_GBCS.HEX"),
        sample("11.3_CS06", "CS06_11.3_8F66_FUTURE_DATED_SUCCESS_ALERT_GBCS.HEX"),
        sample("8.9_CS07", "CS07_8.9_SUCCESS_RESPONSE_GBCS.HEX"),
        sample("6.11_GCS28", "GCS28_6.11_SUCCESS_COMMAND_GBCS.HEX"),
        sample("8.12.2_GCS59", "GCS59_8.12.2_SUCCESS_RESPONSE_GBCS.HEX"),
        sample("NA_CCS08", "CCS08_NA_NA_ALERT_GBCS.HEX"),
        sample("11.2_CS08", "CS08_11.2_SUCCESS_RESPONSE_GBCS.HEX"));
    int tried = 0;
    int refused = 0;
    for (Sample s : samples) {
      byte[] p = s.payload();
      for (int n = 0; n < p.length; n++) {
        tried++;
        refused += decodes(s, Arrays.copyOf(p, n)) ? 0 : 1;
      }
      for (int i = 0; i < p.length; i++) {
        for (int delta : new int[] {1, 0x7F, 0x80}) {
          byte[] m = p.clone();
          m[i] = (byte) (m[i] + delta);
          tried++;
          refused += decodes(s, m) ? 0 : 1;
        }
      }
      tried++;
      refused += decodes(s, Arrays.copyOf(p, p.length + 1)) ? 0 : 1;
    }
    int truncations = samples.stream().mapToInt(s -> s.payload().length).sum();
    // every truncation and every appended byte is refused; many byte changes only alter a value
    assertThat(refused).isGreaterThan(truncations + samples.size());
    assertThat(refused).isLessThan(tried);
  }

  private static boolean decodes(Sample s, byte[] payload) {
    try {
      DecodedDerPayload d = DerPayloadCodec.decode(s.messageCode(), s.cra(), ByteSlice.copyOf(payload));
      assertThat(d.encode()).isEqualTo(payload);
      return true;
    } catch (GbcsCodecException e) {
      assertThat(e.offset()).isBetween(0, payload.length);
      return false;
    } catch (RuntimeException e) {
      fail("decoding threw " + e, e);
      return false;
    }
  }
}
