package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dccsim.dcc.transform.esme.ConfigurationTransformsTest.assertRefused;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.accessRequest;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.template;
import static org.dccsim.gbcs.dlms.DlmsData.longUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;

import java.util.HexFormat;
import org.dccsim.dcc.transform.esme.AuxiliaryLoadSwitchTransform.Operation;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.junit.jupiter.api.Test;

/** The auxiliary load switch and controller transforms address the switch and level requested. */
class AuxiliaryLoadTransformsTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void activatingAnotherSwitchAddressesItsDurationAndScript() throws Exception {
    GeneralSigningApdu command = new AuxiliaryLoadSwitchTransform(Operation.ACTIVATE).transform(
        template("ECS47Activate_7.5_SUCCESS_REQUEST_DUIS.XML").replace("index=\"1\"", "index=\"4\"")
            .replace(">30<", ">1440<").accepted());

    AccessRequest r = accessRequest(command);
    assertThat(command.messageCode()).isEqualTo(0x0055);
    assertThat(r.specs().get(0).descriptor().instance()).isEqualTo(new ObisCode(0, 0, 94, 44, 120, 1));
    assertThat(r.data()).containsExactly(longUnsigned(1440), longUnsigned(0x0411));
  }

  @Test
  void resettingASwitchOnlyRunsItsScript() throws Exception {
    AccessRequest r = accessRequest(new AuxiliaryLoadSwitchTransform(Operation.RESET).transform(
        template("ECS47Reset_7.8_SUCCESS_REQUEST_DUIS.XML").replace("index=\"5\"", "index=\"2\"").accepted()));

    assertThat(r.data()).containsExactly(longUnsigned(0x0220));
    assertRefused(new AuxiliaryLoadSwitchTransform(Operation.RESET),
        template("ECS47Reset_7.8_SUCCESS_REQUEST_DUIS.XML").replace("index=\"5\"", "index=\"6\""), "@index");
  }

  @Test
  void boostButtonChangesOnlyTheSwitchesMarkedTrue() throws Exception {
    AccessRequest r = accessRequest(BoostButtonMembershipTransform.remove().transform(
        template("ECS62Remove_7.10_SUCCESS_REQUEST_DUIS.XML")
            .replace("index=\"2\">true<", "index=\"2\">false<").replace("index=\"4\">true<", "index=\"4\">0<")
            .accepted()));

    assertThat(r.specs()).extracting(s -> s.descriptor().instance().f()).containsExactly(1, 3, 5);
    assertThat(r.data()).containsOnly(DlmsData.BooleanValue.FALSE);
    assertRefused(BoostButtonMembershipTransform.add(), template("ECS62Add_7.9_SUCCESS_REQUEST_DUIS.XML")
        .replace("index=\"5\"", "index=\"4\""), "index=4");
  }

  @Test
  void descriptionsGoToTheirSwitchesInSwitchOrder() throws Exception {
    AccessRequest r = accessRequest(new AuxiliaryLoadDescriptionsTransform().transform(
        template("ECS46a_6.14.1_SOME_OPTIONALS_SUCCESS_REQUEST_DUIS.XML").replace("index=\"2\"", "index=\"5\"")
            .replace(">Label2<", "> Water heater <").accepted()));

    assertThat(r.specs()).extracting(s -> s.descriptor().instance().f()).containsExactly(13, 14, 15);
    assertThat(r.data().get(2)).isEqualTo(DlmsData.TextString.visible(" Water heater "));
    assertRefused(new AuxiliaryLoadDescriptionsTransform(), template(
        "ECS46a_6.14.1_SOME_OPTIONALS_SUCCESS_REQUEST_DUIS.XML").replace(">Label2<", ">Twenty-three characters<"),
        "SwitchDescription");
  }

  @Test
  void controllerStateCarriesThePeriodAndTheLevelOfTheRequestedController() throws Exception {
    AccessRequest r = accessRequest(AuxiliaryControllerLevelTransform.setState().transform(
        template("ECS47a_7.13_APC_INPUT_SUCCESS_REQUEST_DUIS.XML").replace("auxiliaryControllerN=\"3\"",
            "auxiliaryControllerN=\"2\"").replace(">50<", ">75<")
            .replace(">2015-01-03T01:00:00.00Z<", ">2016-02-29T12:30:00Z<").accepted()));

    assertThat(r.specs().get(1).descriptor().instance()).isEqualTo(new ObisCode(0, 0, 94, 44, 118, 2));
    assertThat(r.data()).containsExactly(octetString(HEX.parseHex("07DF0103FF000000008000FF")),
        octetString(HEX.parseHex("07E0021DFF0C1E00008000FF")), longUnsigned(0x224B));
  }

  @Test
  void anApcLimitWithoutInputIsAnOutputLevel() throws Exception {
    GeneralSigningApdu command = AuxiliaryControllerLevelTransform.limitApcLevel().transform(
        template("ECS47e_7.16_APC_INPUT_SUCCESS_REQUEST_DUIS.XML").replace("<sr:InputFromControlledLoad/>", "")
            .accepted());

    assertThat(command.messageCode()).isEqualTo(0x011F);
    assertThat(accessRequest(command).data().get(2)).isEqualTo(longUnsigned(0x1332));
    assertRefused(AuxiliaryControllerLevelTransform.limitApcLevel(),
        template("ECS47e_7.16_APC_INPUT_SUCCESS_REQUEST_DUIS.XML").replace(">50<", ">101<"), "CommandedStateLevel");
  }
}
