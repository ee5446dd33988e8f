package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.accessRequest;
import static org.dccsim.dcc.transform.esme.ControlTemplateRequests.template;
import static org.dccsim.gbcs.dlms.DlmsData.array;
import static org.dccsim.gbcs.dlms.DlmsData.doubleLongUnsigned;
import static org.dccsim.gbcs.dlms.DlmsData.octetString;
import static org.dccsim.gbcs.dlms.DlmsData.structure;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.junit.jupiter.api.Test;

/** Configuration transforms follow the values of the request, not the template's. */
class ConfigurationTransformsTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void powerThresholdsAreTheRequestsInOrder() throws Exception {
    AccessRequest r = accessRequest(new InstantaneousPowerThresholdsTransform().transform(
        template("ECS34_6.12_SUCCESS_REQUEST_DUIS.XML").replace(">2300<", ">1000<").replace(">4600<", ">70000<")
            .accepted()));

    assertThat(r.data()).containsExactly(array(doubleLongUnsigned(1000), doubleLongUnsigned(70000)));
  }

  @Test
  void aRandomisedOffsetBeyondDuisLimitIsRefused() throws Exception {
    DeviceCommandTransform t = new RandomisedOffsetLimitTransform();
    assertThat(accessRequest(t.transform(template("ECS38_7.12_SUCCESS_REQUEST_DUIS.XML")
        .replace(">900<", ">1799<").accepted())).data()).containsExactly(DlmsData.longUnsigned(1799));
    assertRefused(t, template("ECS38_7.12_SUCCESS_REQUEST_DUIS.XML").replace(">900<", ">1800<"),
        "RandomisedOffsetLimit");
  }

  @Test
  void twinImportMpansAreOneValuePrimaryFirst() throws Exception {
    AccessRequest r = accessRequest(MpanTransform.importMpans().transform(
        template("ECS39a_6.20.1_TWIN_SUCCESS_REQUEST_DUIS.XML").replace("1312345678222", "2000000000009").accepted()));

    assertThat(r.data()).containsExactly(octetString("13123456781112000000000009".getBytes(StandardCharsets.US_ASCII)));
    assertRefused(MpanTransform.importMpans(),
        template("ECS39a_6.20.1_SINGLE_SUCCESS_REQUEST_DUIS.XML").replace("1312345678333", "131234567833"),
        "ImportMPAN");
  }

  @Test
  void anMprnIsNotAnEsmeConfiguration() {
    assertRefused(MpanTransform.importMpans(), template("ECS39a_6.20.1_SINGLE_SUCCESS_REQUEST_DUIS.XML")
        .replace("<sr:ImportMPANs>", "<sr:ImportMPRN>1234567890</sr:ImportMPRN><sr:Unused>")
        .replace("</sr:ImportMPANs>", "</sr:Unused>"), "ImportMPANs");
  }

  @Test
  void tamperStateUnchangedIsFalse() throws Exception {
    AccessRequest r = accessRequest(new SupplyTamperStateTransform().transform(
        template("ECS81_6.25_SUCCESS_REQUEST_DUIS.XML").replace(">Locked<", ">Unchanged<").accepted()));

    assertThat(r.data()).containsExactly(DlmsData.BooleanValue.FALSE);
    assertRefused(new SupplyTamperStateTransform(),
        template("ECS81_6.25_SUCCESS_REQUEST_DUIS.XML").replace(">Locked<", ">locked<"), "SupplyTamperState");
  }

  @Test
  void dailyBlockCounterResetOffEmptiesTheSchedule() throws Exception {
    AccessRequest r = accessRequest(new TariffBlockCounterResetTransform().transform(
        template("ECS48_6.26_SUCCESS_REQUEST_DUIS.XML").replace(">true<", ">false<").accepted()));

    assertThat(r.data()).containsExactly(array());
  }

  @Test
  void maximumDemandResetsOnlyTheNamedRegisters() throws Exception {
    AccessRequest r = accessRequest(new MaximumDemandResetTransform().transform(
        template("ECS57_6.18.2_ALL_OPTIONALS_SUCCESS_REQUEST_DUIS.XML")
            .replace("<sr:MaxDemandConfigTimeActivePowerImportValue/>", "").accepted()));

    assertThat(r.specs()).extracting(s -> s.descriptor().instance())
        .containsExactly(new ObisCode(1, 0, 1, 6, 0, 255), new ObisCode(1, 0, 2, 6, 0, 255));
    assertRefused(new MaximumDemandResetTransform(), template("ECS57_6.18.2_SOME_OPTIONALS_SUCCESS_REQUEST_DUIS.XML")
        .replace("<sr:MaxDemandConfigTimeActivePowerImportValue/>", ""), "ResetMaximumDemandRegisters");
  }

  @Test
  void weeklyAndYearlyBillingCalendarsChooseTheirUseCaseAndDates() throws Exception {
    GeneralSigningApdu weekly = new BillingCalendarTransform().transform(template("ECS30_6.8_SUCCESS_REQUEST_DUIS.XML")
        .replace("<sr:Monthly>1</sr:Monthly>", "<sr:Weekly>3</sr:Weekly>").replace(">12:00:00.00Z<", ">23:30:15.50Z<")
        .accepted());
    GeneralSigningApdu sixMonthly = new BillingCalendarTransform().transform(
        template("ECS30a_6.8_SUCCESS_REQUEST_DUIS.XML").replace("Quarterly>", "SixMonthly>")
            .replace("<sr:BillingPeriodStartMonth>1<", "<sr:BillingPeriodStartMonth>9<").accepted());

    assertThat(weekly.messageCode()).isEqualTo(0x0046);
    assertThat(accessRequest(weekly).data()).containsExactly(
        array(structure(octetString(HEX.parseHex("171E0F32")), octetString(HEX.parseHex("FFFFFFFF03")))));
    assertThat(sixMonthly.messageCode()).isEqualTo(0x00D7);
    assertThat(accessRequest(sixMonthly).data()).containsExactly(array(
        structure(octetString(HEX.parseHex("00000000")), octetString(HEX.parseHex("FFFF0901FF"))),
        structure(octetString(HEX.parseHex("00000000")), octetString(HEX.parseHex("FFFF0301FF")))));
  }

  @Test
  void aGasBillingCalendarIsNotForAnEsme() {
    assertRefused(new BillingCalendarTransform(), template("ECS30_6.8_SUCCESS_REQUEST_DUIS.XML")
        .replace("ElectricityBillingCalendar>", "GasBillingCalendar>"), "ElectricityBillingCalendar");
  }

  @Test
  void maximumDemandPeriodStartsAndEndsAtTheRequestedTimes() throws Exception {
    AccessRequest r = accessRequest(new MaximumDemandPeriodTransform().transform(
        template("ECS37_6.18.1_SUCCESS_REQUEST_DUIS.XML").replace(">17:00:00.00Z<", ">06:15:00.00Z<")
            .replace(">22:00:00.00Z<", ">08:45:30.00Z<").accepted()));

    List<DlmsData> entries = ((DlmsData.DlmsArray) r.data().get(0)).elements();
    assertThat(((DlmsData.Structure) entries.get(0)).elements().get(4))
        .isEqualTo(octetString(HEX.parseHex("060F0000")));
    assertThat(((DlmsData.Structure) entries.get(1)).elements().get(4))
        .isEqualTo(octetString(HEX.parseHex("082D1E00")));
  }

  @Test
  void voltageSettingsFollowThePhasesWhateverTheirOrderInTheRequest() throws Exception {
    // phase 3 first in the request: its values still land on L3 (C = 72)
    String body = "<sr:Phase>1</sr:Phase>";
    AccessRequest r = accessRequest(new VoltageConfigurationTransform().transform(
        template("ECS29d_6.5_SUCCESS_REQUEST_DUIS.XML").replace(body, "<sr:Phase>9</sr:Phase>")
            .replace("<sr:Phase>3</sr:Phase>", "<sr:Phase>1</sr:Phase>").replace("<sr:Phase>9</sr:Phase>",
                "<sr:Phase>3</sr:Phase>").accepted()));

    // L1 now has the template's phase 3 values (under 96, over 126), L3 phase 1's (200, 264)
    assertThat(r.specs().get(0).descriptor().instance()).isEqualTo(new ObisCode(1, 0, 32, 31, 0, 4));
    assertThat(r.data().subList(0, 6)).containsExactly(doubleLongUnsigned(96), doubleLongUnsigned(126),
        doubleLongUnsigned(96), doubleLongUnsigned(126), doubleLongUnsigned(200), doubleLongUnsigned(264));
    assertRefused(new VoltageConfigurationTransform(), template("ECS29d_6.5_SUCCESS_REQUEST_DUIS.XML")
        .replace("<sr:Phase>2</sr:Phase>", "<sr:Phase>1</sr:Phase>"), "PolyPhaseVoltageSettings");
  }

  @Test
  void countersAreResetUnlessTheRequestKeepsThem() throws Exception {
    GeneralSigningApdu keeping = new VoltageConfigurationTransform().transform(
        template("ECS29c_6.5_SUCCESS_REQUEST_DUIS.XML").accepted());
    GeneralSigningApdu resetting = new VoltageConfigurationTransform().transform(
        template("ECS29c_6.5_SUCCESS_REQUEST_DUIS.XML").replace("<sr:RMSVoltageCountersNotReset/>", "").accepted());

    assertThat(keeping.messageCode()).isEqualTo(0x00D1);
    assertThat(resetting.messageCode()).isEqualTo(0x0045);
    assertThat(accessRequest(keeping).specs()).extracting(AccessRequestSpec::kind).doesNotContain(
        org.dccsim.gbcs.dlms.AccessSpecKind.ACTION);
    assertThat(accessRequest(resetting).specs()).hasSize(13);
  }

  @Test
  void clockAdjustmentIsValidForTheTolerancePeriodFromTheRequestedTime() throws Exception {
    AccessRequest r = accessRequest(new SynchroniseClockTransform().transform(
        template("ECS70_6.11_SUCCESS_REQUEST_DUIS.XML").replace(">2014-12-31T23:59:10.00Z<", ">2026-03-29T00:59:00Z<")
            .replace(">60<", ">3600<").accepted()));

    assertThat(r.data().get(1)).isEqualTo(structure(
        octetString(HEX.parseHex("FFFFFFFFFFFFFFFFFF8000FF")),
        octetString(HEX.parseHex("07EA031DFF003B00008000FF")),
        octetString(HEX.parseHex("07EA031DFF013B00008000FF"))));
    assertRefused(new SynchroniseClockTransform(),
        template("ECS70_6.11_SUCCESS_REQUEST_DUIS.XML").replace(">60<", ">86401<"), "TolerancePeriod");
  }

  @Test
  void loadLimitSettingsTakeEffectWhenTheRequestSays() throws Exception {
    AccessRequest immediate = accessRequest(new LoadLimitSettingsTransform().transform(
        template("ECS28a_6.4.1_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML").replace(">6900<", ">12000<")
            .replace(">Disable<", ">Unchanged<").accepted()));
    AccessRequest dated = accessRequest(new LoadLimitSettingsTransform().transform(
        template("ECS28a_6.4.1_FUTURE_DATED_SUCCESS_REQUEST_DUIS.XML")
            .replace(">2030-01-15T09:00:00.00Z<", ">2031-06-30T23:45:00Z<").accepted()));
    AccessRequest cancelled = accessRequest(new LoadLimitSettingsTransform().transform(
        template("ECS28a_6.4.1_CANCELLATION_SUCCESS_REQUEST_DUIS.XML").accepted()));

    assertThat(immediate.data().subList(0, 5)).containsExactly(DlmsData.BooleanValue.FALSE,
        doubleLongUnsigned(12000), doubleLongUnsigned(300), doubleLongUnsigned(30),
        octetString(HEX.parseHex("0000000000000000008000FF")));
    assertThat(dated.data().subList(4, 8)).containsOnly(octetString(HEX.parseHex("07EF061EFF172D00008000FF")));
    assertThat(cancelled.data().get(7)).isEqualTo(octetString(HEX.parseHex("FFFFFFFFFFFFFFFFFF8000FF")));
  }

  static void assertRefused(DeviceCommandTransform t, ControlTemplateRequests request, String element) {
    assertThatThrownBy(() -> t.transform(request.accepted()))
        .isInstanceOfSatisfying(RequestRefused.class, e -> {
          assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID);
          assertThat(e.getMessage()).contains(element);
        });
  }
}
