package org.dccsim.dcc.transform.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.DeviceStatus;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.asn1.JoinDevice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Join and unjoin against RTDS, given an inventory that knows the partner device's type (RTDS
 * does not say; the types here are those the RTDS payloads name, or that fit the message code)
 * and an SMKI holding the key agreement certificate RTDS embeds for method C.
 */
class HubJoinCommandsRtdsTest {

  private record Scenario(String template, String folder, String other, DeviceType otherType) {}

  private static final List<Scenario> SCENARIOS = List.of(
      new Scenario("CS03A1_8.7.1_SUCCESS", "8.7.1_CS03A1", "00-DB-12-34-56-78-90-9A", DeviceType.HCALCS),
      new Scenario("CS03A2Critical_8.7.1_SUCCESS", "8.7.1_CS03A2Critical", "00-DB-12-34-56-78-90-93", DeviceType.ESME),
      new Scenario("CS03CCritical_8.7.1_SUCCESS", "8.7.1_CS03CCritical", "00-DB-12-34-56-78-90-98", DeviceType.PPMID),
      new Scenario("CS03A2NonCritical_8.7.2_SUCCESS", "8.7.2_CS03A2NonCritical", "00-DB-12-34-56-78-90-93",
          DeviceType.ESME),
      new Scenario("CS03B_8.7.2_SUCCESS", "8.7.2_CS03B", "00-DB-12-34-56-78-90-9C", DeviceType.GPF),
      new Scenario("CS03CNonCritical_8.7.2_SUCCESS", "8.7.2_CS03CNonCritical", "00-DB-12-34-56-78-90-94",
          DeviceType.GSME),
      new Scenario("CS04ACCritical_8.8.1_SUCCESS", "8.8.1_CS04ACCritical", "00-DB-12-34-56-78-90-99", DeviceType.HCALCS),
      new Scenario("CS04ACNonCritical_8.8.2_SUCCESS", "8.8.2_CS04ACNonCritical", "01-02-03-04-05-06-07-08",
          DeviceType.ESME),
      new Scenario("CS04B_8.8.2_SUCCESS", "8.8.2_CS04B", "01-02-03-04-05-06-07-08", DeviceType.GPF));

  @Test
  void everyJoinTemplateGivesRtdsPayloadTitlesAndMessageCode() throws RequestRefused, GbcsCodecException {
    List<String> differences = new ArrayList<>();
    for (Scenario s : SCENARIOS) {
      GeneralSigningApdu expected = HubRequests.rtds(s.folder(), s.template());
      SmkiRepository smki = new SmkiRepository();
      Eui64 other = Eui64.parse(s.other());
      boolean certificateOfAnotherDevice = false;
      if (DerPayloadCodec.decode(expected).payload() instanceof JoinDevice.Command c
          && c.otherDeviceKeyAgreementCertificate().isPresent()) {
        SmkiCertificate embedded = SmkiCertificate.fromDer(c.otherDeviceKeyAgreementCertificate().get().der().toByteArray());
        // RTDS CS03CNonCritical names 94 but embeds A1's certificate: the SMKI has 94's own
        certificateOfAnotherDevice = !embedded.subjectEui().equals(java.util.Optional.of(other));
        smki.add(certificateOfAnotherDevice ? referenceKeyAgreementCertificate(other) : embedded);
      }
      TransformRegistry registry = registry(inventory(s.other(), s.otherType()), smki);
      AcceptedRequest request = HubRequests.accepted(s.template() + "_REQUEST_DUIS.XML", UnaryOperator.identity(),
          expected.originatorCounter(), EnumSet.allOf(UserRole.class));

      GeneralSigningApdu actual = registry.forVariant(request.srv().variant()).orElseThrow().transform(request);

      if (actual.messageCode() != expected.messageCode()
          || !actual.originator().equals(expected.originator())
          || !actual.recipient().equals(expected.recipient())
          || !actual.header().otherInformation().supplementaryRemotePartyId()
              .equals(expected.header().otherInformation().supplementaryRemotePartyId())
          || !(certificateOfAnotherDevice ? sameButCertificate(actual, expected, smki, other)
              : actual.content().equals(expected.content()))) {
        differences.add(s.template() + ": " + actual + " but RTDS " + expected);
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void aJoinOfTheWrongCriticalityOrWithAnUnknownDeviceIsRefused() {
    TransformRegistry registry = registry(inventory("00-DB-12-34-56-78-90-9A", DeviceType.HCALCS), new SmkiRepository());
    AcceptedRequest critical = HubRequests.accepted("CS03A2NonCritical_8.7.2_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("00-DB-12-34-56-78-90-A4", "00-DB-12-34-56-78-90-A0")
            .replace("00-DB-12-34-56-78-90-93", "00-DB-12-34-56-78-90-9A"), -1, EnumSet.allOf(UserRole.class));
    AcceptedRequest unknown = HubRequests.accepted("CS03A1_8.7.1_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("00-DB-12-34-56-78-90-9A", "00-DB-12-34-56-78-90-9B"), -1, EnumSet.allOf(UserRole.class));

    // an ESME joins an HCALCS by method A, critical: not through 8.7.2
    assertThatThrownBy(() -> registry.forVariant("8.7.2").orElseThrow().transform(critical))
        .hasMessageContaining("critical");
    assertThatThrownBy(() -> registry.forVariant("8.7.1").orElseThrow().transform(unknown))
        .hasMessageContaining("inventory");
  }

  private static boolean sameButCertificate(GeneralSigningApdu actual, GeneralSigningApdu expected, SmkiRepository smki,
      Eui64 other) throws GbcsCodecException {
    JoinDevice.Command a = (JoinDevice.Command) DerPayloadCodec.decode(actual).payload();
    JoinDevice.Command e = (JoinDevice.Command) DerPayloadCodec.decode(expected).payload();
    return a.method() == e.method() && a.otherDeviceId().equals(e.otherDeviceId())
        && a.otherDeviceType() == e.otherDeviceType()
        && a.otherDeviceKeyAgreementCertificate().orElseThrow().der().contentEquals(
            smki.device(other, KeyUsage.KEY_AGREEMENT).orElseThrow().der());
  }

  private static SmkiCertificate referenceKeyAgreementCertificate(Eui64 device) {
    try {
      return SmkiCertificate.parse(Files.readAllBytes(ReferenceData.require("smki/device-keys")
          .resolve(device.toCompactHex().toLowerCase(java.util.Locale.ROOT) + "-ka.pem")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TransformRegistry registry(DeviceInventory inventory, SmkiRepository smki) {
    TransformRegistry r = new TransformRegistry(HubRequests.CATALOGUE);
    new CommsHubAndSecurityTransforms().registerJoins(r, inventory, smki);
    return r;
  }

  private static DeviceInventory inventory(String id, DeviceType type) {
    DeviceInventory inventory = new DeviceInventory();
    inventory.put(new InventoryDevice(Eui64.parse(id), type, DeviceStatus.Commissioned, "DCCS", "RTDS", "1.0",
        "SMETS2", "4.0", Eui64.parse("00-DB-12-34-56-78-90-A2"), "1", "Central", LocalDate.of(2026, 1, 1), Map.of()));
    return inventory;
  }
}
