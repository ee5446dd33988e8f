package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.accessRequest;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.template;

import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

class FixedEsmeCommandsTest {

  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");

  @Test
  void numbersTheCommandAndItsInvokeIdFromTheRequestCounter() {
    GeneralSigningApdu command = FixedEsmeCommands.readLoadLimitData().transform(
        template("ECS27_4.15_SUCCESS_REQUEST_DUIS.XML").replace(":1000</", ":4660</").accepted());

    assertThat(command.messageCode()).isEqualTo(0x0042);
    assertThat(command.originatorCounter()).isEqualTo(4660);
    assertThat(command.originator()).isEqualTo(SUPPLIER);
    assertThat(command.recipient()).isEqualTo(ESME);
    AccessRequest request = accessRequest(command);
    assertThat(request.longInvokeIdAndPriority()).isEqualTo(0x2000_1234L);
    assertThat(request.specs()).hasSize(6);
    assertThat(request.data()).containsOnly(DlmsData.nullData());
  }

  @Test
  void anOtherUserReadsThroughTheAccessControlBroker() {
    GeneralSigningApdu command = FixedEsmeCommands.readAuxiliaryLoadSwitchData().transform(
        template("ECS61a_7.7_ALL_OPTIONALS_SUCCESS_REQUEST_DUIS.XML").inRoles(UserRole.OU).accepted());

    assertThat(command.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(accessRequest(command).specs()).hasSize(17);
  }

  @Test
  void aNetworkOperatorOriginatesItsOwnRead() {
    GeneralSigningApdu command = FixedEsmeCommands.readLoadLimitData().transform(
        template("ECS27_4.15_SUCCESS_REQUEST_DUIS.XML").inRoles(UserRole.ED).accepted());

    assertThat(command.originator()).isEqualTo(SUPPLIER);
  }

  @Test
  void aRoleTheSrvDoesNotAllowDoesNotMakeTheUserTheOriginator() {
    // 4.15 allows IS and ED; a User also registered as GS acts here as neither
    GeneralSigningApdu command = FixedEsmeCommands.readLoadLimitData().transform(
        template("ECS27_4.15_SUCCESS_REQUEST_DUIS.XML").inRoles(UserRole.GS, UserRole.OU).accepted());

    assertThat(command.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
  }

  @Test
  void disableAndArmSupplyRunTheirOwnDisconnectControlScripts() {
    GeneralSigningApdu disable = FixedEsmeCommands.disableSupply().transform(
        template("ECS43_7.2_SUCCESS_REQUEST_DUIS.XML").accepted());
    GeneralSigningApdu arm = FixedEsmeCommands.armSupply().transform(
        template("ECS44_7.3_SUCCESS_REQUEST_DUIS.XML").accepted());

    assertThat(disable.messageCode()).isEqualTo(0x0050);
    assertThat(arm.messageCode()).isEqualTo(0x0051);
    assertThat(accessRequest(disable).data()).containsExactly(DlmsData.longUnsigned(0x34));
    assertThat(accessRequest(arm).data()).containsExactly(DlmsData.longUnsigned(0x36));
    assertThat(disable.originator()).isEqualTo(SUPPLIER);
  }
}
