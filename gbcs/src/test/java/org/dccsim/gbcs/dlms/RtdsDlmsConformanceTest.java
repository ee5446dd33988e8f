package org.dccsim.gbcs.dlms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.junit.jupiter.api.Test;

/**
 * The DLMS codec against every Access-Request, Access-Response and Data-Notification payload of
 * RTDS 4.5.0.
 */
class RtdsDlmsConformanceTest {

  private static final Pattern ALERT_CODE_IN_NAME = Pattern.compile("_([0-9A-F]{4})_");

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

  @Test
  void everyDataNotificationDecodesAndReencodesByteForByte() throws GbcsCodecException {
    List<String> failures = new ArrayList<>();
    int notifications = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      ByteSlice content = GbcsCodec.decode(f.bytes()).apdu().content();
      if (content.get(0) != DataNotification.TAG) {
        continue;
      }
      notifications++;
      try {
        check(f, content, DlmsCodec.encode(DlmsCodec.decodeDataNotification(content)), failures);
      } catch (GbcsCodecException e) {
        failures.add(f + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(notifications).isEqualTo(62);
  }

  @Test
  void everyDlmsAlertHasTheAlertCodeOfItsFileNameAndTheAlertCountersInvokeId()
      throws GbcsCodecException {
    List<String> failures = new ArrayList<>();
    int named = 0;
    int alerts = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      GeneralSigningApdu apdu = GbcsCodec.decode(f.bytes()).apdu();
      if (apdu.content().get(0) != DataNotification.TAG) {
        continue;
      }
      DataNotification n = DlmsCodec.decodeDataNotification(apdu.content());
      DlmsAlert alert = DlmsAlert.of(n);
      alerts++;
      if (!LongInvokeIdAndPriority.matchesCounter(n.longInvokeIdAndPriority(), apdu.originatorCounter())) {
        failures.add(f + ": invoke id " + Long.toHexString(n.longInvokeIdAndPriority()));
      }
      if (!alert.body().equals(n.body())) {
        failures.add(f + ": the alert's body differs from the notification's");
      }
      Matcher code = ALERT_CODE_IN_NAME.matcher(f.name());
      if (code.find()) {
        named++;
        if (!code.group(1).equals(alert.alertCodeHex())) {
          failures.add(f + ": alert code " + alert.alertCodeHex());
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(alerts).isEqualTo(62);
    // all but the DBCH04 alert (DBCH09, 8F2A) name their alert code
    assertThat(named).isEqualTo(61);
  }

  @Test
  void everyCompactArrayOfRtdsDecodesIntoElementsThatFillItsContents() throws GbcsCodecException {
    List<DlmsData.CompactArray> found = new ArrayList<>();
    for (RtdsFile f : RtdsFiles.all()) {
      ByteSlice content = GbcsCodec.decode(f.bytes()).apdu().content();
      if (content.get(0) == AccessResponse.TAG) {
        DlmsCodec.decodeAccessResponse(content).data().forEach(d -> collectCompactArrays(d, found));
      }
    }
    assertThat(found.size()).isEqualTo(21);
    for (DlmsData.CompactArray c : found) {
      assertThat(c.elements()).isNotEmpty().allMatch(c.description()::describes);
      byte[] again = DlmsCodec.encodeData(c);
      assertThat(DlmsCodec.decodeData(ByteSlice.copyOf(again))).isEqualTo(c);
    }
  }

  @Test
  void theEcs35aEventLogCompactArrayHoldsTimeCodeAndOctetStringEntries() throws GbcsCodecException {
    ByteSlice content =
        GbcsCodec.decode(RtdsFiles.bytes("6.13_ECS35a", "ECS35a_6.13_SUCCESS_RESPONSE_GBCS.HEX"))
            .apdu()
            .content();
    List<DlmsData.CompactArray> found = new ArrayList<>();
    DlmsCodec.decodeAccessResponse(content).data().forEach(d -> collectCompactArrays(d, found));

    DlmsData.CompactArray log = found.get(0);
    assertThat(log.description())
        .isEqualTo(DlmsTypeDescription.structureOf(
            DlmsTypeDescription.simple(6), DlmsTypeDescription.simple(18), DlmsTypeDescription.simple(9)));
    // 1C35F900 8F01 00: 2015-01-01 event 8F01 without details
    assertThat(log.elements().get(0))
        .isEqualTo(DlmsData.structure(
            DlmsData.doubleLongUnsigned(0x1C35F900L), DlmsData.longUnsigned(0x8F01), DlmsData.octetString(new byte[0])));
  }

  @Test
  void truncatedOrMutatedNotificationsAndCompactArraysFailWithACodecExceptionOnly()
      throws GbcsCodecException {
    List<byte[]> samples = List.of(
        content("NA_ECS68", "ECS68_NA_8F0A_SINGLE_ALERT_GBCS.HEX"),
        content("6.28_DBCH04", "DBCH04_6.28_NA_SUCCESS_ALERT_DBCH09_GBCS.HEX"),
        content("6.13_ECS35f", "ECS35f_6.13_SUCCESS_RESPONSE_GBCS.HEX"));
    int rejected = 0;
    int tried = 0;
    for (byte[] sample : samples) {
      for (int n = 0; n < sample.length; n++) {
        tried++;
        rejected += decodes(Arrays.copyOf(sample, n)) ? 0 : 1;
      }
      for (int i = 0; i < sample.length; i++) {
        for (int delta : new int[] {1, 0x7F, 0x80}) {
          byte[] m = sample.clone();
          m[i] = (byte) (m[i] + delta);
          tried++;
          rejected += decodes(m) ? 0 : 1;
        }
      }
    }
    // every truncation is refused; most single-byte changes alter a value, not the shape
    assertThat(rejected).isGreaterThan(samples.stream().mapToInt(s -> s.length).sum());
    assertThat(tried).isGreaterThan(rejected);
  }

  private static byte[] content(String folder, String name) throws GbcsCodecException {
    return GbcsCodec.decode(RtdsFiles.bytes(folder, name)).apdu().content().toByteArray();
  }

  private static void collectCompactArrays(DlmsData d, List<DlmsData.CompactArray> found) {
    if (d instanceof DlmsData.CompactArray c) {
      found.add(c);
    } else if (d instanceof DlmsData.Structure s) {
      s.elements().forEach(e -> collectCompactArrays(e, found));
    } else if (d instanceof DlmsData.DlmsArray a) {
      a.elements().forEach(e -> collectCompactArrays(e, found));
    }
  }

  private static boolean decodes(byte[] payload) {
    try {
      ByteSlice s = ByteSlice.copyOf(payload);
      if (payload.length > 0 && (payload[0] & 0xFF) == AccessResponse.TAG) {
        assertThat(DlmsCodec.encode(DlmsCodec.decodeAccessResponse(s))).isEqualTo(payload);
      } else if (payload.length > 0 && payload[0] == DataNotification.TAG) {
        assertThat(DlmsCodec.encode(DlmsCodec.decodeDataNotification(s))).isEqualTo(payload);
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
