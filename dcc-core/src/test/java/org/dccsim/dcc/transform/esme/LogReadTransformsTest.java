package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dccsim.dcc.transform.esme.ConfigurationTransformsTest.assertRefused;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.accessRequest;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.template;

import java.util.HexFormat;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.DataProtectionParameters;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

/** Log reads select the requested period and log, and the right party originates them. */
class LogReadTransformsTest {

  private static final Eui64 SUPPLIER = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private static final Eui64 ESME = Eui64.parse("00-DB-12-34-56-78-90-A0");

  @Test
  void theLogPeriodIsSelectedInSecondsSince2000() throws Exception {
    GeneralSigningApdu command = EventOrSecurityLogTransform.esme().transform(
        template("ECS35e_6.13_SUCCESS_REQUEST_DUIS.XML").replace(">2014-12-31T00:00:00.00Z<", ">2000-01-02T00:00:00Z<")
            .replace(">2015-01-01T00:00:00.00Z<", ">2106-02-07T06:28:15Z<").accepted());

    AccessRequestSpec spec = accessRequest(command).specs().get(0);
    assertThat(command.messageCode()).isEqualTo(0x00B9);
    assertThat(spec.descriptor().instance()).isEqualTo(new ObisCode(0, 0, 99, 98, 4, 255));
    DlmsData.Structure range = (DlmsData.Structure) spec.selectiveAccess().orElseThrow().parameters();
    assertThat(range.elements().subList(1, 3))
        .containsExactly(DlmsData.doubleLongUnsigned(86_400), DlmsData.doubleLongUnsigned(0xFFFF_FFFFL - 946_684_800L));
  }

  @Test
  void aPeriodBefore2000OrBackwardsIsRefused() {
    assertRefused(EventOrSecurityLogTransform.esme(), template("ECS35a_6.13_SUCCESS_REQUEST_DUIS.XML")
        .replace(">2014-12-31T00:00:00.00Z<", ">1999-12-31T23:59:59Z<"), "StartDateTime");
    assertRefused(EventOrSecurityLogTransform.esme(), template("ECS35a_6.13_SUCCESS_REQUEST_DUIS.XML")
        .replace(">2014-12-31T00:00:00.00Z<", ">2015-01-01T00:00:01Z<"), "EndDateTime");
  }

  @Test
  void theAlcsEventLogIsTheNetworkOperatorsOwnUseCaseWhenItReadsIt() throws Exception {
    ControlTemplateRequests alcs = template("ECS35f_6.13_SUCCESS_REQUEST_DUIS.XML");
    assertThat(EventOrSecurityLogTransform.esme().transform(alcs.inRoles(UserRole.IS).accepted()).messageCode())
        .isEqualTo(0x00BA);
    assertThat(EventOrSecurityLogTransform.esme().transform(alcs.inRoles(UserRole.ED).accepted()).messageCode())
        .isEqualTo(0x00FD);
  }

  @Test
  void theCommsHubLogsAreReadByTheAccessControlBrokerOnTheUsersBehalf() throws Exception {
    GeneralSigningApdu command = EventOrSecurityLogTransform.commsHub().transform(
        template("ECS35d_6.13_SUCCESS_REQUEST_DUIS.XML").on(DeviceType.CHF).accepted());

    assertThat(command.messageCode()).isEqualTo(0x0094);
    assertThat(command.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(command.header().otherInformation().supplementaryRemotePartyId()).contains(SUPPLIER);
    assertThat(command.header().otherInformation().supplementaryRemotePartyCounter()).hasValue(1002);
    assertRefused(EventOrSecurityLogTransform.commsHub(), template("ECS35d_6.13_SUCCESS_REQUEST_DUIS.XML")
        .replace(">Security<", ">PowerEvent<").on(DeviceType.CHF), "LogToRead");
  }

  @Test
  void boostButtonDetailsReadTheLogOverThePeriod() throws Exception {
    GeneralSigningApdu command = new BoostButtonDetailsTransform().transform(
        template("ECS61c_7.11_SUCCESS_REQUEST_DUIS.XML").replace(">2014-12-25T23:00:00.00Z<", ">2015-01-01T00:00:00Z<")
            .accepted());

    DlmsData.Structure range = (DlmsData.Structure) accessRequest(command).specs().get(1).selectiveAccess()
        .orElseThrow().parameters();
    assertThat(range.elements().get(1)).isEqualTo(DlmsData.doubleLongUnsigned(473_385_600));
    assertThat(accessRequest(command).specs()).hasSize(7);
  }

  @Test
  void theDailyConsumptionLogIsProtectedForItsOriginator() throws Exception {
    GeneralSigningApdu bySupplier = new DailyConsumptionLogTransform().transform(
        template("ECS66_4.17_SUCCESS_REQUEST_DUIS.XML").replace(">2014-12-05T11:05:00.00Z<", ">2014-12-06T00:00:00Z<")
            .accepted());
    GeneralSigningApdu byOtherUser = new DailyConsumptionLogTransform().transform(
        template("ECS66_4.17_SUCCESS_REQUEST_DUIS.XML").inRoles(UserRole.OU).accepted());

    DlmsData.Structure parameters = (DlmsData.Structure) accessRequest(bySupplier).data().get(0);
    assertThat(parameters.elements().get(1)).isEqualTo(new DataProtectionParameters(1001, SUPPLIER, ESME).toDlms());
    DlmsData.DlmsArray objectList = (DlmsData.DlmsArray) parameters.elements().get(0);
    DlmsData.Structure entry = (DlmsData.Structure) objectList.elements().get(0);
    DlmsData.Structure selection = (DlmsData.Structure) entry.elements().get(4);
    assertThat(((DlmsData.Structure) selection.elements().get(1)).elements().get(1))
        .isEqualTo(DlmsData.octetString(HexFormat.of().parseHex("07DE0C06FF000000008000FF")));
    DlmsData.Structure byOu = (DlmsData.Structure) accessRequest(byOtherUser).data().get(0);
    assertThat(byOu.elements().get(1))
        .isEqualTo(new DataProtectionParameters(1001, Eui64.DCC_ACCESS_CONTROL_BROKER, ESME).toDlms());
  }
}
