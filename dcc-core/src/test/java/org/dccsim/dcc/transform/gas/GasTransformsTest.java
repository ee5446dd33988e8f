package org.dccsim.dcc.transform.gas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.duis.DuisRequestReader;
import org.dccsim.dcc.inventory.DeviceInventory;
import org.dccsim.dcc.inventory.HanDeviceLogs;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.CustomerIdentificationNumbers;
import org.dccsim.dcc.transform.TemplateRequests;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.dcc.transform.Transforms;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.gbz.GbzCodec;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.GeneralCommands.ReadAttributes;
import org.dccsim.gbcs.gbz.MessagingCommands.DisplayMessage;
import org.dccsim.gbcs.gbz.MeteringCommands.GetSampledData;
import org.dccsim.gbcs.gbz.MeteringCommands.StartSampling;
import org.dccsim.gbcs.gbz.PrepaymentCommands.ChangeDebt;
import org.dccsim.gbcs.gbz.PrepaymentCommands.ChangePaymentMode;
import org.dccsim.gbcs.gbz.PrepaymentCommands.CreditAdjustment;
import org.dccsim.gbcs.gbz.PriceCommands.PublishBillingPeriod;
import org.dccsim.gbcs.gbz.PriceCommands.PublishBlockPeriod;
import org.dccsim.gbcs.gbz.PriceCommands.PublishCalorificValue;
import org.dccsim.gbcs.gbz.PriceCommands.PublishConversionFactor;
import org.dccsim.gbcs.gbz.PriceCommands.PublishPriceMatrix;
import org.dccsim.gbcs.gbz.PriceCommands.PublishTariffInformation;
import org.dccsim.gbcs.gbz.PriceCommands.TierBlockPrice;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclUtcTime;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.SmkiRepository;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The gas transforms follow the request: templates with other values give payloads with those
 * values (so a transform is not a replay of RTDS), and values DUIS does not allow are refused.
 */
class GasTransformsTest {

  private static final Eui64 GSME = Eui64.parse("00-DB-12-34-56-78-90-A1");
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private final ServiceCatalogue catalogue = ServiceCatalogue.duis54();
  private final TransformRegistry transforms = Transforms.standard(
      catalogue, new DeviceInventory(), new SmkiRepository(), new HanDeviceLogs(),
      CustomerIdentificationNumbers.unpredictable());
  private final DuisRequestReader reader = new DuisRequestReader();

  @Test
  void aMeterBalanceAdjustmentCarriesTheRequestedAmountAndTheTimeOfCreationAsIssuerEventId() throws Exception {
    CreditAdjustment adjust = only(transform("GCS40a_1.5_SUCCESS", Map.of(">23130<", ">-500<")), CreditAdjustment.class);

    assertThat(adjust.creditAdjustmentValue()).isEqualTo(-500);
    assertThat(adjust.issuerEventId()).isEqualTo(ZclUtcTime.of(NOW).seconds());
    assertThat(adjust.creditAdjustmentType()).isZero();
  }

  @Test
  void aCreditModeResetIsAnotherUseCase() throws Exception {
    GeneralSigningApdu apdu = transform("GCS40d_1.5_SUCCESS", Map.of());
    assertThat(apdu.messageCode()).isEqualTo(0x00C2);
    assertThat(only(apdu, CreditAdjustment.class).creditAdjustmentType()).isEqualTo(2);
  }

  @Test
  void prepaymentModeFlagsAndThresholdAndTheExecutionDateTimeComeFromTheRequest() throws Exception {
    ChangePaymentMode mode = only(transform("GCS03_1.6_FUTURE_DATED_SUCCESS", Map.of(
        "<sr:SuspendDebtDisabled>false<", "<sr:SuspendDebtDisabled>true<",
        "<sr:DisablementThreshold>0<", "<sr:DisablementThreshold>-250<",
        "2030-01-15T00:00:00.00Z", "2031-02-01T06:30:00Z")), ChangePaymentMode.class);

    assertThat(mode.proposedPaymentControlConfiguration()).isEqualTo(0x0497);
    assertThat(mode.cutOffValue()).isEqualTo(-250);
    assertThat(mode.implementationDateTime()).isEqualTo(ZclUtcTime.of(Instant.parse("2031-02-01T06:30:00Z")));
  }

  @Test
  void gasConversionValuesAreScaledToTheirFixedDecimalPlaces() throws Exception {
    GeneralSigningApdu apdu = transform("GCS23_6.6_SUCCESS", Map.of(">40.0<", ">39.5<", ">1.02264<", ">1.5<"));

    assertThat(commands(apdu).get(0)).isInstanceOfSatisfying(PublishConversionFactor.class,
        f -> assertThat(f.conversionFactor()).isEqualTo(150_000));
    assertThat(commands(apdu).get(1)).isInstanceOfSatisfying(PublishCalorificValue.class,
        v -> assertThat(v.calorificValue()).isEqualTo(395));
    assertRefused("GCS23_6.6_SUCCESS", Map.of(">1.02264<", ">1.022641<"), "ConversionFactor");
  }

  @Test
  void theProfileReadAsksForTheSamplesOfThePeriod() throws Exception {
    GetSampledData read = only(transform("GCS17_4.8.1_SUCCESS", Map.of(
        "2014-12-30T00:00:00.00Z", "2014-12-31T12:00:00.00Z")), GetSampledData.class);

    assertThat(read.earliestSampleTime()).isEqualTo(ZclUtcTime.of(Instant.parse("2014-12-31T12:00:00Z")));
    assertThat(read.numberOfSamples()).isEqualTo(25);
  }

  @Test
  void aMessageIsSentAsWritten() throws Exception {
    DisplayMessage m = only(transform("GCS07_3.1_SUCCESS", Map.of(">Reset<", ">Top up soon<")), DisplayMessage.class);
    assertThat(new String(m.message().toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("Top up soon");
  }

  @Test
  void touPricesAndStandingChargeAndCurrencyComeFromTheRequest() throws Exception {
    List<ZclCommand> commands = commands(transform("GCS01b_1.2.1_IMMEDIATE_TOU_SUCCESS", Map.of(
        ">22465<", ">30000<", "index=\"2\">10200<", "index=\"2\">12345<", ">GBP<", ">ECB<")));

    assertThat(commands.get(0)).isInstanceOfSatisfying(PublishTariffInformation.class, t -> {
      assertThat(t.standingCharge()).isEqualTo(30000);
      assertThat(t.currency()).isEqualTo(978);
      assertThat(t.numberOfPriceTiersInUse()).isEqualTo(4);
    });
    assertThat(commands.get(1)).isInstanceOfSatisfying(PublishPriceMatrix.class,
        p -> assertThat(p.prices()).contains(new TierBlockPrice(2, 12345)));
  }

  @Test
  void theClockWindowIsTheCurrentTimePlusTheTolerance() throws Exception {
    GeneralSigningApdu apdu = transform("GCS28_6.11_SUCCESS", Map.of(">3600<", ">60<"));
    assertThat(new String(apdu.content().toByteArray(), StandardCharsets.US_ASCII))
        .contains("20141231233000Z").contains("20141231233100Z");
  }

  @Test
  void valuesDuisDoesNotAllowAreRefusedNamingTheElement() {
    assertRefused("GCS40a_1.5_SUCCESS", Map.of(">23130<", ">lots<"), "AdjustMeterBalance");
    assertRefused("GCS24_6.7_SUCCESS", Map.of(">Unchanged</sr:SupplyTamperState", ">Open</sr:SupplyTamperState"),
        "SupplyTamperState");
    assertRefused("GCS01b_1.2.1_IMMEDIATE_TOU_SUCCESS", Map.of(">GBP<", ">USD<"), "CurrencyUnits");
  }

  @Test
  void aPrepaymentDailyReadForAnUnknownRemotePartyIsTheBrokersWithThePartysCertificate() throws Exception {
    GeneralSigningApdu apdu = transform("GCS16b_4.14_URP_SUCCESS", Map.of("00-DB-12-34-56-78-90-A3", GSME.toString()));

    assertThat(apdu.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(apdu.header().otherInformation().supplementaryRemotePartyId())
        .contains(Eui64.parse("90-B3-D5-1F-30-03-00-00"));
    assertThat(apdu.header().otherInformation().keyAgreementCertificate().orElseThrow().toByteArray())
        .isEqualTo(Base64.getDecoder().decode(certificateBase64("GCS16b_4.14_URP_SUCCESS")));
  }

  /*
   * Not registered on the GPF: the template of RTDS's GPF scenario starts a day later (and carries a
   * re-issued certificate of the same key); given the RTDS's, the GPF's read is its command.
   */
  @Test
  void theGpfsPrepaymentDailyReadForAnUnknownRemotePartyIsTheRtdsCommandForItsStartAndCertificate() throws Exception {
    GeneralSigningApdu rtds = TemplateRequests.rtdsCommand("GCS16b_4.14_URP_SUCCESS_REQUEST_DUIS.XML");
    String rtdsCertificate = Base64.getEncoder().encodeToString(
        rtds.header().otherInformation().keyAgreementCertificate().orElseThrow().toByteArray());
    AcceptedRequest request = TemplateRequests.template("GCS16b_4.14_URP_SUCCESS_REQUEST_DUIS.XML")
        .replace("2014-12-30T23:00:00.00Z", "2014-12-29T23:00:00Z")
        .replace(certificateBase64("GCS16b_4.14_URP_SUCCESS"), rtdsCertificate)
        .counters(1100, 1300).accepted();

    assertSameCommand(LogReadTransforms.prepaymentDailyReadLog().transform(request), rtds);
  }

  @Test
  void theBillingCalendarCarriesTheRequestsStartAndPeriodicityAsBillingAndBlockPeriod() throws Exception {
    GeneralSigningApdu apdu = transform("GCS25a_6.8_SUCCESS", Map.of(
        "2015-01-01T00:00:00.00Z", "2016-04-01T06:00:00Z", ">SixMonthly<", ">Quarterly<"));
    ZclUtcTime start = ZclUtcTime.of(Instant.parse("2016-04-01T06:00:00Z"));

    assertThat(apdu.messageCode()).isEqualTo(0x00D8);
    assertThat(commands(apdu)).containsExactly(
        new PublishBillingPeriod(0, ZclUtcTime.of(NOW).seconds(), start, 3, 0x23, 0),
        new PublishBlockPeriod(0, ZclUtcTime.of(NOW).seconds(), start, 3, 0x02, 0x23, 0, 0x01));
    assertThat(commands(transform("GCS25_6.8_SUCCESS", Map.of(">Monthly<", ">Weekly<"))).get(0))
        .isInstanceOfSatisfying(PublishBillingPeriod.class,
            p -> assertThat(p.billingPeriodDurationType()).isEqualTo(0x22));
  }

  @Test
  void anOlderGsmeTakesTheOlderBillingCalendarUseCasesAndOnlyItsPeriodicities() throws Exception {
    assertThat(transformOn("3.1", "GCS25_6.8_SUCCESS", Map.of()).messageCode()).isEqualTo(0x007E);
    assertThat(transformOn("4.2", "GCS25_6.8_SUCCESS", Map.of()).messageCode()).isEqualTo(0x00D8);
    assertThat(transformOn("3.1", "GCS21d_6.2.3_SUCCESS", Map.of()).messageCode()).isEqualTo(0x009D);
    assertThat(transformOn("4.2", "GCS21d_6.2.3_SUCCESS", Map.of()).messageCode()).isEqualTo(0x00DA);
    assertThatThrownBy(() -> transformOn("3.1", "GCS25a_6.8_SUCCESS", Map.of()))
        .isInstanceOfSatisfying(RequestRefused.class, e -> {
          assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID);
          assertThat(e.getMessage()).contains("Periodicity").contains("SixMonthly");
        });
  }

  @Test
  void anOlderGsmeAlsoReportsItsHardwareVersionAndTakesTheOlderMeterBalanceRead() throws Exception {
    assertThat(commands(transformOn("3.1", "GCS21e_6.2.4_SUCCESS", Map.of())).get(0))
        .isEqualTo(ReadAttributes.of(0x0004, 0x0005, 0x0003));
    assertThat(commands(transformOn("4.2", "GCS21e_6.2.4_SUCCESS", Map.of())).get(0))
        .isEqualTo(ReadAttributes.of(0x0004, 0x0005));
    assertThat(transformOn("3.1", "GCS60_4.18_SUCCESS", Map.of()).messageCode()).isEqualTo(0x008D);
    assertThat(transformOn("4.2", "GCS60_4.18_SUCCESS", Map.of()).messageCode()).isEqualTo(0x012A);
  }

  @Test
  void eachDebtIsAdjustedByTheRequestsAmountAndRecoveredAtItsRateOrShare() throws Exception {
    List<ZclCommand> debts = commands(transform("GCS04_2.3_SUCCESS", Map.of(
        "<sr:TimeDebtRegister2>500000<", "<sr:TimeDebtRegister2>1200<",
        "<sr:PaymentDebtRegister>1000000<", "<sr:PaymentDebtRegister>777<",
        "<sr:DebtRecoveryPerPayment>100<", "<sr:DebtRecoveryPerPayment>2550<",
        "<sr:DebtRecoveryRatePeriod>DAILY<", "<sr:DebtRecoveryRatePeriod>HOURLY<")));

    assertThat(debts).hasSize(3).allSatisfy(d -> assertThat(d).isInstanceOf(ChangeDebt.class));
    ChangeDebt debt1 = (ChangeDebt) debts.get(0);
    ChangeDebt debt2 = (ChangeDebt) debts.get(1);
    ChangeDebt debt3 = (ChangeDebt) debts.get(2);
    assertThat(debt1.debtRecoveryFrequency()).isZero();
    assertThat(debt1.debtAmount()).isEqualTo(1_000_000);
    assertThat(debt2.debtAmount()).isEqualTo(1200);
    assertThat(debt2.debtAmountType()).isEqualTo(0x03);
    assertThat(debt3.debtAmount()).isEqualTo(777);
    assertThat(debt3.debtRecoveryMethod()).isEqualTo(0x01);
    assertThat(debt3.debtRecoveryBalancePercentage()).isEqualTo(2550);
    assertRefused("GCS04_2.3_SUCCESS", Map.of("<sr:DebtRecoveryPerPayment>100<",
        "<sr:DebtRecoveryPerPayment>10001<"), "DebtRecoveryPerPayment");
    assertRefused("GCS04_2.3_SUCCESS", Map.of("<sr:TimeDebtRegister1>1000000<", "<sr:TimeDebtRegister1>-1<"),
        "TimeDebtRegister1");
  }

  @Test
  void theAccessControlBrokerStartsTheNetworkDataLogForTheGasTransporter() throws Exception {
    AcceptedRequest request = TemplateRequests.template("GCS31_14.1_SUCCESS_REQUEST_DUIS.XML")
        .counters(4321, 77).at(NOW).accepted();
    GeneralSigningApdu apdu = transforms.forVariant("14.1").orElseThrow().transform(request);

    assertThat(apdu.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(apdu.originatorCounter()).isEqualTo(77);
    assertThat(apdu.header().otherInformation())
        .isEqualTo(OtherInformation.withRemoteParty(0x0080, Eui64.parse("90-B3-D5-1F-30-02-00-00"), 4321));
    assertThat(only(apdu, StartSampling.class))
        .isEqualTo(new StartSampling(ZclUtcTime.of(NOW).seconds(), ZclUtcTime.NOW, 0, 360, 41));
  }

  @Test
  void aGasReadForAUserWhoseCertificateTheGsmeDoesNotHoldIsSentByTheAccessControlBroker() throws Exception {
    AcceptedRequest request = TemplateRequests.template("GCS21m_6.2.4_SUCCESS_REQUEST_DUIS.XML")
        .inRoles(UserRole.OU).as(RemotePartyRole.OTHER).counters(1001, 1500).accepted();
    GeneralSigningApdu byOtherUser = transforms.forVariant("6.2.4").orElseThrow().transform(request);

    assertThat(byOtherUser.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(byOtherUser.originatorCounter()).isEqualTo(1500);
    assertThat(transform("GCS21m_6.2.4_SUCCESS", Map.of()).originator())
        .isEqualTo(Eui64.parse("90-B3-D5-1F-30-01-00-00"));
  }

  /*
   * Transforms not registered because the DUIS template's values are those of another RTDS
   * scenario than its own (or, for GCS15d, because RTDS has another originator in its success
   * scenario): given the values of an RTDS scenario, each reproduces that scenario's command.
   */

  @Test
  void theBillingCalendarTriggeredLogReadIsTheRtdsErrorScenarioWhoseValuesTheTemplateCarries() throws Exception {
    AcceptedRequest request = TemplateRequests.template("GCS15c_4.4.3_SUCCESS_REQUEST_DUIS.XML")
        .counters(1005, 1302).accepted();
    assertSameCommand(LogReadTransforms.billingDataLogOnBillingCalendar().transform(request),
        TemplateRequests.rtdsCommand("GCS15c_4.4.3_ERROR_REQUEST_DUIS.XML"));
  }

  @Test
  void thePaymentDebtLogReadIsTheSuppliersRtdsCommandForThePeriodOfEachScenario() throws Exception {
    TemplateRequests template = TemplateRequests.template("GCS15d_4.4.4_SUCCESS_REQUEST_DUIS.XML");
    AcceptedRequest notFound = template.replace("2014-12-01T00:00:00.00Z", "2014-12-31T00:00:00Z")
        .replace("2020-12-31T00:00:00.00Z", "2014-12-31T18:00:00Z").counters(1005, 1302).accepted();
    AcceptedRequest error = template.replace("2020-12-31T00:00:00.00Z", "2014-12-31T00:00:00Z")
        .counters(1006, 1302).accepted();

    assertSameCommand(LogReadTransforms.paymentDebtRepaymentLog().transform(notFound),
        TemplateRequests.rtdsCommand("GCS15d_4.4.4_NOT_FOUND_REQUEST_DUIS.XML"));
    assertSameCommand(LogReadTransforms.paymentDebtRepaymentLog().transform(error),
        TemplateRequests.rtdsCommand("GCS15d_4.4.4_ERROR_REQUEST_DUIS.XML"));
  }

  @Test
  void theGpfsChangeOfTenancyIsTheRtdsCommandForTheRtdsRestrictionDateTime() throws Exception {
    AcceptedRequest request = TemplateRequests.template("GCS09_3.2_SUCCESS_REQUEST_DUIS.XML")
        .replace("2015-02-01T00:00:00.00Z", "2016-11-22T02:46:56Z").accepted();
    assertSameCommand(DeviceSettingsTransforms.changeOfTenancy().transform(request),
        TemplateRequests.rtdsCommand("GCS09_3.2_SUCCESS_REQUEST_DUIS.XML"));
  }

  @Test
  void theGpfsDailyConsumptionLogReadIsTheRtdsCommandOfEachScenarioForItsPeriod() throws Exception {
    GeneralSigningApdu success = TemplateRequests.rtdsCommand("GCS61_4.17_SUCCESS_REQUEST_DUIS.XML");
    String rtdsCertificate = Base64.getEncoder().encodeToString(
        success.header().otherInformation().keyAgreementCertificate().orElseThrow().toByteArray());
    TemplateRequests template = TemplateRequests.template("GCS61_4.17_SUCCESS_REQUEST_DUIS.XML");
    AcceptedRequest twoYears = template.replace("2014-12-10T00:00:00.00Z", "2014-12-22T00:00:00Z")
        .replace("2014-12-20T00:00:00.00Z", "2016-12-21T00:00:00Z")
        .replace(certificateBase64("GCS61_4.17_SUCCESS"), rtdsCertificate).counters(1003, 1301).accepted();
    // RTDS's not-found scenario is the supplier's own, without credentials
    AcceptedRequest notFound = template.replace("2014-12-10T00:00:00.00Z", "2030-12-22T00:00:00Z")
        .replace("2014-12-20T00:00:00.00Z", "2031-01-01T00:00:00Z")
        .replaceFirst("<sr:KAPublicSecurityCredentials>[^<]+</sr:KAPublicSecurityCredentials>", "")
        .counters(1001, 1302).accepted();

    assertSameCommand(LogReadTransforms.dailyConsumptionLog().transform(twoYears), success);
    assertSameCommand(LogReadTransforms.dailyConsumptionLog().transform(notFound),
        TemplateRequests.rtdsCommand("GCS61_4.17_NOT_FOUND_REQUEST_DUIS.XML"));
  }

  private static String certificateBase64(String template) throws IOException {
    String xml = Files.readString(ReferenceData.require("duis/templates").resolve(template + "_REQUEST_DUIS.XML"));
    int start = xml.indexOf("<sr:KAPublicSecurityCredentials>") + "<sr:KAPublicSecurityCredentials>".length();
    return xml.substring(start, xml.indexOf('<', start)).trim();
  }

  private static void assertSameCommand(GeneralSigningApdu actual, GeneralSigningApdu rtds) {
    assertThat(actual.originator()).isEqualTo(rtds.originator());
    assertThat(actual.recipient()).isEqualTo(rtds.recipient());
    assertThat(actual.originatorCounter()).isEqualTo(rtds.originatorCounter());
    assertThat(actual.header().otherInformation()).isEqualTo(rtds.header().otherInformation());
    assertThat(actual.content().toByteArray()).isEqualTo(rtds.content().toByteArray());
  }

  private void assertRefused(String template, Map<String, String> changes, String element) {
    assertThatThrownBy(() -> transform(template, changes))
        .isInstanceOfSatisfying(RequestRefused.class, e -> {
          assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID);
          assertThat(e.getMessage()).contains(element);
        });
  }

  private GeneralSigningApdu transform(String template, Map<String, String> changes) throws RequestRefused {
    return transformOn("4.2", template, changes);
  }

  /** On a GSME of the given GBCS version. */
  private GeneralSigningApdu transformOn(String gbcsVersion, String template, Map<String, String> changes)
      throws RequestRefused {
    TemplateRequests t = TemplateRequests.template(template + "_REQUEST_DUIS.XML").gbcsVersion(gbcsVersion);
    for (Map.Entry<String, String> c : changes.entrySet()) {
      t = t.replace(c.getKey(), c.getValue());
    }
    AcceptedRequest accepted = t.inRoles(UserRole.IS, UserRole.ES, UserRole.GS, UserRole.RSA, UserRole.ED,
        UserRole.GT, UserRole.OU).as(RemotePartyRole.SUPPLIER).at(NOW).accepted();
    return transforms.forVariant(accepted.srv().variant()).orElseThrow().transform(accepted);
  }

  private static List<ZclCommand> commands(GeneralSigningApdu apdu) throws Exception {
    GbzPayload payload = GbzCodec.decode(apdu.content());
    return ((GbzPayload.UseCase) payload).components().stream().map(GbzComponent::command)
        .map(c -> c.orElseThrow()).toList();
  }

  private static <T extends ZclCommand> T only(GeneralSigningApdu apdu, Class<T> type) throws Exception {
    List<ZclCommand> commands = commands(apdu);
    assertThat(commands).hasSize(1);
    return type.cast(commands.get(0));
  }
}
