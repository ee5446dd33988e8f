package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.OptionalLong;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.inventory.DeviceType;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.smki.Eui64;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The transforms whose RTDS command depends on who asks (not registered: the conformance harness
 * gives every template's originator all roles and keeps one counter). Asked in the RTDS's role,
 * they reproduce the RTDS command; when the access control broker originates it, all but the
 * User's counter in other-information, which the RTDS takes from the DCC's own ACB counter.
 */
class RoleChosenTransformsRtdsTest {

  @Test
  void theNetworkOperatorsAlcsLogReadIsTheRtdsEcs35g() throws Exception {
    assertIdentical(EventOrSecurityLogTransform.esme(), "6.13", "ECS35g", "SUCCESS", UserRole.ED, DeviceType.ESME);
  }

  @Test
  void theSuppliersEsmeLogReadsAreTheRtdsEcs35aBEF() throws Exception {
    for (String useCase : new String[] {"ECS35a", "ECS35b", "ECS35e", "ECS35f"}) {
      assertIdentical(EventOrSecurityLogTransform.esme(), "6.13", useCase, "SUCCESS", UserRole.IS, DeviceType.ESME);
    }
  }

  @Test
  void commsHubLogReadsAreTheRtdsButForTheUsersCounter() throws Exception {
    for (String useCase : new String[] {"ECS35c", "ECS35d"}) {
      assertIdenticalButTheUsersCounter(
          EventOrSecurityLogTransform.commsHub(), "6.13", useCase, UserRole.IS, DeviceType.CHF);
    }
  }

  @Test
  void anExportSuppliersMpanIsSetByTheAccessControlBroker() throws Exception {
    assertIdenticalButTheUsersCounter(MpanTransform.exportMpan(), "6.20.2", "ECS39b", UserRole.ES, DeviceType.ESME);
  }

  @Test
  void anOtherUsersControllerConfigurationReadIsTheRtdsEcs61d() throws Exception {
    assertIdenticalButTheUsersCounter(
        FixedEsmeCommands.readAuxiliaryControllerConfiguration(), "7.14", "ECS61d", UserRole.OU, DeviceType.ESME);
  }

  private static void assertIdentical(
      DeviceCommandTransform t, String srv, String useCase, String scenario, UserRole role, DeviceType type)
      throws Exception {
    GeneralSigningApdu expected = rtds(srv, useCase, scenario);
    GeneralSigningApdu actual = t.transform(template(useCase + "_" + srv + "_" + scenario + "_REQUEST_DUIS.XML")
        .replaceFirst(":[0-9]+</sr:RequestID>", ":" + expected.originatorCounter() + "</sr:RequestID>")
        .inRoles(role).on(type).accepted());
    assertThat(actual.originator()).isEqualTo(expected.originator());
    assertThat(actual.recipient()).isEqualTo(expected.recipient());
    assertThat(actual.header().otherInformation()).isEqualTo(expected.header().otherInformation());
    assertThat(actual.content().toByteArray()).as(useCase).isEqualTo(expected.content().toByteArray());
  }

  private static void assertIdenticalButTheUsersCounter(
      DeviceCommandTransform t, String srv, String useCase, UserRole role, DeviceType type) throws Exception {
    GeneralSigningApdu expected = rtds(srv, useCase, "SUCCESS");
    GeneralSigningApdu actual = t.transform(template(useCase + "_" + srv + "_SUCCESS_REQUEST_DUIS.XML")
        .replaceFirst(":[0-9]+</sr:RequestID>", ":" + expected.originatorCounter() + "</sr:RequestID>")
        .inRoles(role).on(type).accepted());
    assertThat(actual.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER).isEqualTo(expected.originator());
    assertThat(actual.recipient()).isEqualTo(expected.recipient());
    OtherInformation e = expected.header().otherInformation();
    OtherInformation a = actual.header().otherInformation();
    assertThat(a.messageCode()).isEqualTo(e.messageCode());
    assertThat(a.supplementaryRemotePartyId()).isEqualTo(e.supplementaryRemotePartyId());
    assertThat(a.supplementaryRemotePartyCounter()).isEqualTo(OptionalLong.of(expected.originatorCounter()));
    assertThat(actual.content().toByteArray()).as(useCase).isEqualTo(expected.content().toByteArray());
  }

  private static GeneralSigningApdu rtds(String srv, String useCase, String scenario) throws IOException {
    Path file = ReferenceData.require("gbcs/rtds/RTDS-4.5.0")
        .resolve(srv + "_" + useCase).resolve(useCase + "_" + srv + "_" + scenario + "_COMMAND_GBCS.HEX");
    byte[] bytes = HexFormat.of().parseHex(Files.readString(file).trim());
    try {
      return bytes[0] == (byte) GbcsCodec.GENERAL_CIPHERING_TAG
          ? GbcsCodec.decode(bytes).apdu()
          : GbcsCodec.decodeApdu(bytes);
    } catch (Exception e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }
}
