package org.dccsim.gbcs.dlms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.junit.jupiter.api.Test;

/** The DLMS codec against every Access-Request and Access-Response payload of RTDS 4.5.0. */
class RtdsDlmsConformanceTest {

  @Test
  void everyAccessRequestAndResponseDecodesAndReencodesByteForByte() throws GbcsCodecException {
    List<String> failures = new ArrayList<>();
    int requests = 0;
    int responses = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      GeneralSigningApdu apdu = GbcsCodec.decode(f.bytes()).apdu();
      ByteSlice content = apdu.content();
      try {
        if (content.get(0) == AccessRequest.TAG) {
          byte[] again = DlmsCodec.encode(DlmsCodec.decodeAccessRequest(content));
          check(f, content, again, failures);
          requests++;
        } else if (content.get(0) == AccessResponse.TAG) {
          byte[] again = DlmsCodec.encode(DlmsCodec.decodeAccessResponse(content));
          check(f, content, again, failures);
          responses++;
        }
      } catch (GbcsCodecException e) {
        failures.add(f + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(requests).isEqualTo(389);
    assertThat(responses).isEqualTo(292);
  }

  @Test
  void theLongInvokeIdIsBreakOnErrorPlusTheLow24BitsOfTheOriginatorCounter()
      throws GbcsCodecException {
    int checked = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      GeneralSigningApdu apdu = GbcsCodec.decode(f.bytes()).apdu();
      ByteSlice content = apdu.content();
      long invoke;
      if (content.get(0) == AccessRequest.TAG) {
        invoke = DlmsCodec.decodeAccessRequest(content).longInvokeIdAndPriority();
      } else if (content.get(0) == AccessResponse.TAG) {
        invoke = DlmsCodec.decodeAccessResponse(content).longInvokeIdAndPriority();
      } else {
        continue;
      }
      assertThat(invoke)
          .as(f.toString())
          .isEqualTo(LongInvokeIdAndPriority.forCounter(apdu.originatorCounter()));
      checked++;
    }
    assertThat(checked).isEqualTo(681);
  }

  @Test
  void truncatedOrMutatedPayloadsFailWithACodecExceptionOnly() throws GbcsCodecException {
    byte[] command =
        GbcsCodec.decode(RtdsFiles.bytes("4.1.1_ECS17b", "ECS17b_4.1.1_SINGLE_SUCCESS_COMMAND_GBCS.HEX"))
            .apdu()
            .content()
            .toByteArray();
    byte[] response =
        GbcsCodec.decode(RtdsFiles.bytes("4.1.1_ECS17b", "ECS17b_4.1.1_SINGLE_SUCCESS_RESPONSE_GBCS.HEX"))
            .apdu()
            .content()
            .toByteArray();
    int rejected = 0;
    for (byte[] sample : List.of(command, response)) {
      for (int n = 0; n < sample.length; n++) {
        if (!decodes(Arrays.copyOf(sample, n))) {
          rejected++;
        }
      }
      for (int i = 0; i < sample.length; i++) {
        for (int delta : new int[] {1, 0x80}) {
          byte[] m = sample.clone();
          m[i] = (byte) (m[i] + delta);
          if (!decodes(m)) {
            rejected++;
          }
        }
      }
    }
    assertThat(rejected).isGreaterThan(command.length + response.length);
  }

  private static boolean decodes(byte[] payload) {
    try {
      ByteSlice s = ByteSlice.copyOf(payload);
      if (payload.length > 0 && (payload[0] & 0xFF) == AccessResponse.TAG) {
        assertThat(DlmsCodec.encode(DlmsCodec.decodeAccessResponse(s))).isEqualTo(payload);
      } else {
        assertThat(DlmsCodec.encode(DlmsCodec.decodeAccessRequest(s))).isEqualTo(payload);
      }
      return true;
    } catch (GbcsCodecException e) {
      return false;
    } catch (RuntimeException e) {
      fail("decoding threw " + e, e);
      return false;
    }
  }

  private static void check(RtdsFile f, ByteSlice content, byte[] again, List<String> failures) {
    if (!content.contentEquals(again)) {
      failures.add(f + ": re-encoded payload differs");
    }
  }
}
