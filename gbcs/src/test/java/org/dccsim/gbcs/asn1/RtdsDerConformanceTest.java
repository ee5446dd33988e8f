package org.dccsim.gbcs.asn1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.gbcs.testing.RtdsFiles.RtdsFile;
import org.junit.jupiter.api.Test;

/** The DER payload codec against every ASN.1 payload of RTDS 4.5.0. */
class RtdsDerConformanceTest {

  @Test
  void everyDerPayloadDecodesIntoItsStructureAndReencodesByteForByte() throws GbcsCodecException {
    List<String> failures = new ArrayList<>();
    Map<String, Integer> byStructure = new TreeMap<>();
    Map<DerLengthForm, Integer> forms = new TreeMap<>();
    int sequences = 0;
    int shortValues = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      GeneralSigningApdu apdu = apdu(f);
      ByteSlice content = apdu.content();
      int first = content.get(0);
      boolean der = first == 0x30 || first == 0x02 || first == 0x04 || first == 0x05;
      if (der != DerPayloadCodec.carriesDer(apdu.messageCode())) {
        failures.add(f + ": first byte " + Integer.toHexString(first) + " but carriesDer says " + !der);
        continue;
      }
      if (!der) {
        continue;
      }
      if (first == 0x30) {
        sequences++;
      } else {
        shortValues++;
      }
      try {
        DecodedDerPayload decoded = DerPayloadCodec.decode(apdu);
        byStructure.merge(decoded.payload().getClass().getName().replaceFirst(".*\\.", ""), 1, Integer::sum);
        forms.merge(decoded.lengthForm(), 1, Integer::sum);
        if (!content.contentEquals(decoded.encode())) {
          failures.add(f + ": re-encoded payload differs");
        }
      } catch (GbcsCodecException e) {
        failures.add(f + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(sequences).isEqualTo(146);
    assertThat(shortValues).isEqualTo(32);
    // every structure of the codec occurs in RTDS
    assertThat(byStructure).hasSize(29);
    assertThat(forms).containsEntry(DerLengthForm.TWO_BYTE_LONG_LENGTHS, 18);
  }

  @Test
  void everyDerAlertCarriesTheAlertCodeItsFileNames() throws GbcsCodecException {
    List<String> failures = new ArrayList<>();
    int alerts = 0;
    int withCode = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      GeneralSigningApdu apdu = apdu(f);
      if (!f.isAlert() || !DerPayloadCodec.carriesDer(apdu.messageCode())) {
        continue;
      }
      alerts++;
      DerAlert alert = (DerAlert) DerPayloadCodec.decode(apdu).payload();
      String named = f.name().split("_")[2];
      if (named.matches("[0-9A-F]{4}")) {
        withCode++;
        if (!named.equals(alert.alertCodeHex())) {
          failures.add(f + ": alert code " + alert.alertCodeHex());
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(alerts).isEqualTo(11);
    // all but CCS08_NA_NA_ALERT name their code
    assertThat(withCode).isEqualTo(10);
  }

  @Test
  void activateFirmwareCommandsRepeatTheirGroupingHeaderCounter() throws GbcsCodecException {
    int checked = 0;
    for (RtdsFile f : RtdsFiles.all()) {
      GeneralSigningApdu apdu = apdu(f);
      if (apdu.messageCode() == 0x0012 && (f.isCommand() || f.isPreCommand())) {
        ActivateFirmware.Command c = (ActivateFirmware.Command) DerPayloadCodec.decode(apdu).payload();
        assertThat(c.originatorCounter()).as(f.toString()).isEqualTo(apdu.originatorCounter());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(10);
  }

  private static GeneralSigningApdu apdu(RtdsFile f) throws GbcsCodecException {
    byte[] b = f.bytes();
    return b[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG ? GbcsCodec.decode(b).apdu() : GbcsCodec.decodeApdu(b);
  }
}
