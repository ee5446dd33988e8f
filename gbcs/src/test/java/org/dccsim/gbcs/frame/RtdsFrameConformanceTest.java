package org.dccsim.gbcs.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.junit.jupiter.api.Test;

/** The frame codec against all 1,275 files of the GBCS Reference Test Data Set 4.5.0. */
class RtdsFrameConformanceTest {

  @Test
  void decodesEveryRtdsFileAndReencodesItByteForByte() {
    List<String> failures = new ArrayList<>();
    int roundTripped = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      try {
        GbcsMessage m = GbcsCodec.decode(f.bytes());
        if (java.util.Arrays.equals(GbcsCodec.encode(m), f.bytes())) {
          roundTripped++;
        } else {
          failures.add(f + ": re-encoded bytes differ");
        }
      } catch (GbcsCodecException e) {
        failures.add(f + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(roundTripped).isEqualTo(1275);
  }

  @Test
  void rebuildingEveryApduFromItsDecodedFieldsGivesTheSameBytes() throws GbcsCodecException {
    for (RtdsFile f : RtdsFiles.all()) {
      GeneralSigningApdu a = GbcsCodec.decode(f.bytes()).apdu();
      GeneralSigningApdu rebuilt =
          GeneralSigningApdu.create(a.header(), a.content().toByteArray(), a.signature());
      assertThat(rebuilt.encoded()).as(f.toString()).isEqualTo(a.encoded());
    }
  }

  @Test
  void framingCountsMatchTheReferenceSet() throws GbcsCodecException {
    Map<String, Integer> counts = new TreeMap<>();
    for (RtdsFile f : RtdsFiles.all()) {
      GbcsMessage m = GbcsCodec.decode(f.bytes());
      counts.merge(m.isMacProtected() ? "DD" : "DF", 1, Integer::sum);
      counts.merge("signature " + m.apdu().signature().kind(), 1, Integer::sum);
      counts.merge("other-info " + m.apdu().header().otherInformation().encodedLength(), 1, Integer::sum);
      counts.merge("date-time " + m.apdu().header().dateTime().isPresent(), 1, Integer::sum);
      counts.merge("CRA " + m.apdu().cra(), 1, Integer::sum);
    }
    assertThat(counts)
        .containsEntry("DD", 815)
        .containsEntry("DF", 460)
        .containsEntry("signature PRESENT", 472)
        .containsEntry("signature NULL", 625)
        .containsEntry("signature ABSENT", 178)
        .containsEntry("other-info 2", 1167)
        .containsEntry("other-info 10", 1)
        .containsEntry("other-info 18", 102)
        .containsEntry("other-info 26", 2)
        .containsEntry("CRA COMMAND", 679)
        .containsEntry("CRA RESPONSE", 503)
        .containsEntry("CRA ALERT", 93);
    assertThat(counts.getOrDefault("other-info 424", 0) + counts.getOrDefault("other-info 425", 0))
        .isEqualTo(3);
  }

  @Test
  void everyPreCommandIsTheGroupingHeaderAndPayloadOfItsCommand() throws GbcsCodecException {
    int pairs = 0;
    for (RtdsFile pre : RtdsFiles.all()) {
      if (!pre.isPreCommand()) {
        continue;
      }
      RtdsFile command =
          RtdsFiles.get(pre.folder(), pre.name().replace("_PRECOMMAND", "_COMMAND"));
      GeneralSigningApdu p = GbcsCodec.decodeApdu(pre.bytes());
      GeneralSigningApdu c = GbcsCodec.decode(command.bytes()).apdu();
      assertThat(p.signature()).isEqualTo(SignatureField.ABSENT);
      assertThat(p.signedSpan()).as(pre.toString()).isEqualTo(c.signedSpan());
      pairs++;
    }
    assertThat(pairs).isEqualTo(178);
  }

  @Test
  void urpCommandsCarryTheRemotePartysKeyAgreementCertificateAsDer() throws GbcsCodecException {
    int certificates = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      OtherInformation oi = GbcsCodec.decode(f.bytes()).apdu().header().otherInformation();
      if (oi.keyAgreementCertificate().isPresent()) {
        ByteSlice der = oi.keyAgreementCertificate().get();
        assertThat(der.get(0)).as(f.toString()).isEqualTo(0x30);
        assertThat(oi.supplementaryRemotePartyId()).isPresent();
        certificates++;
      }
    }
    assertThat(certificates).isEqualTo(3);
  }
}
