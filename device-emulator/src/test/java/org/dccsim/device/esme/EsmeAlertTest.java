package org.dccsim.device.esme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.testing.RtdsDeviceBench;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsAlert;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.CompactArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.security.GbcsSecurityException;
import org.dccsim.gbcs.security.SensitivePayloadParties;
import org.dccsim.gbcs.testing.RtdsFiles;
import org.dccsim.smki.KeyUsage;
import org.junit.jupiter.api.Test;

/** Alerts the ESME raises of its own, compared with the RTDS ALERT files. */
class EsmeAlertTest {

  private static final RtdsDeviceBench BENCH = SharedBench.BENCH;
  private static final CosemDescriptor BILLING_LOG = new CosemDescriptor(7, Obis.of("0-0:98.1.0.255"), 2);

  private final List<byte[]> uplinked = new ArrayList<>();
  private final DeviceServices services = BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> uplinked.add(m));

  @Test
  void theBillingDataLogAlertIsTheRtdsEcs68AlertForSingleAndTwinElementMeters() throws Exception {
    for (String variant : List.of("SINGLE", "TWIN")) {
      byte[] rtds = RtdsFiles.bytes("NA_ECS68", "ECS68_NA_8F0A_" + variant + "_ALERT_GBCS.HEX");
      GeneralSigningApdu expected = GbcsCodec.decodeApdu(rtds);
      Esme esme = new Esme(RtdsDeviceBench.ESME, BENCH.anchors(),
          variant.equals("TWIN") ? EsmeVariant.TWIN_ELEMENT : EsmeVariant.SINGLE_ELEMENT);
      // seeded from the RTDS alert: the log's entry, and the meter's alert counter
      esme.pins().pin(BILLING_LOG, (CompactArray) ((Structure) rtdsPlaintext(expected)).elements().get(0));
      esme.setAlertCounter(expected.originatorCounter() - 1);
      uplinked.clear();

      assertThat(esme.raiseBillingDataLogAlert(services)).isTrue();

      assertThat(uplinked).hasSize(1);
      ObjectNode ours = BENCH.inspectOurs(uplinked.get(0));
      ObjectNode theirs = BENCH.inspectRtds(rtds);
      assertThat(ours.at("/signature/status").asText()).isEqualTo("valid");
      assertThat(ours.get("header")).as(variant + " header").isEqualTo(theirs.get("header"));
      assertThat(masked(ours.get("payload"))).as(variant + " payload").isEqualTo(masked(theirs.get("payload")));
      assertThat(ours.at("/decryption/parts/0/plaintext")).as(variant + " billing data")
          .isEqualTo(theirs.at("/decryption/parts/0/plaintext"));
    }
  }

  @Test
  void aBillCapturesTheConsumptionModelsRegistersAndKeepsThirteenEntries() throws Exception {
    Esme esme = new Esme(RtdsDeviceBench.ESME, BENCH.anchors());
    for (int month = 0; month < 15; month++) {
      DeviceServices at = BENCH.services(RtdsDeviceBench.RTDS_TIME.plus(Duration.ofDays(30L * month)),
          (d, m) -> uplinked.add(m));
      assertThat(esme.bill(at)).isTrue();
    }
    CompactArray log = (CompactArray) esme.cosemEngine().stored(esme, Obis.of("0-0:98.1.0.255"), 2);
    assertThat(log.elements()).hasSize(BillingDataLog.CAPACITY);
    List<DlmsData> last = ((Structure) log.elements().get(12)).elements();
    java.time.Instant lastBill = RtdsDeviceBench.RTDS_TIME.plus(Duration.ofDays(30L * 14));
    assertThat(((IntegerValue) last.get(1)).value()).isEqualTo(ConsumptionModel.activeImportWh(esme.seed(), lastBill));
    assertThat(uplinked).hasSize(15);
    DlmsAlert alert = DlmsAlert.of(DlmsCodec.decodeDataNotification(GbcsCodec.decodeApdu(uplinked.get(14)).content()));
    assertThat(alert.alertCode()).isEqualTo(BillingDataLog.ALERT_CODE);
  }

  /** The RTDS alert's billing data, decrypted with the supplier's and the RTDS meter's keys. */
  private static DlmsData rtdsPlaintext(GeneralSigningApdu alert) throws Exception {
    DlmsAlert a = DlmsAlert.of(DlmsCodec.decodeDataNotification(alert.content()));
    ByteSlice sealed = ((OctetString) a.details().get(1)).value();
    SensitivePayloadParties parties = SensitivePayloadParties.of(alert.header());
    for (PrivateKey key : BENCH.organisationKeys(parties.recipient(), KeyUsage.KEY_AGREEMENT)) {
      try {
        return DlmsCodec.decodeData(ByteSlice.copyOf(services().payloadCipher().decrypt(sealed, parties.originator(),
            parties.counter(), parties.recipient(), key,
            BENCH.rtdsDeviceKey(parties.originator(), KeyUsage.KEY_AGREEMENT))));
      } catch (GbcsSecurityException e) {
        // another key of the supplier's
      }
    }
    throw new AssertionError("no supplier key opens the RTDS billing data");
  }

  private static DeviceServices services() {
    return BENCH.services(RtdsDeviceBench.RTDS_TIME, (d, m) -> {});
  }

  /** The sealed billing data is ours and theirs: masked. */
  private static JsonNode masked(JsonNode payload) {
    JsonNode copy = payload.deepCopy();
    ((ObjectNode) copy.at("/body/elements/3")).set("hex", TextNode.valueOf("<sealed>"));
    return copy;
  }
}
