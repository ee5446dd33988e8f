package org.dccsim.dcc.transform.esme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.accessRequest;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.request;
import static org.dccsim.dcc.transform.esme.EsmeTemplateRequests.transform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.IntegerType;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** The ESME read and configuration transforms take their values from the request, not the template. */
class EsmeReadTransformsTest {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  @Test
  void aDisplayMessageCarriesTheRequestsTextAsAsciiOctets() throws RequestRefused {
    GeneralSigningApdu apdu = transform(request("ECS10_3.1_SUCCESS_REQUEST_DUIS.XML",
        "<sr:SupplierMessage>Reset</sr:SupplierMessage>", "<sr:SupplierMessage>Top up by Friday!</sr:SupplierMessage>"));

    assertThat(apdu.messageCode()).isEqualTo(0x0021);
    assertThat(accessRequest(apdu).data())
        .containsExactly(DlmsData.octetString("Top up by Friday!".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aDisplayMessageOutsidePrintableAsciiIsRefusedAsAnInvalidBody() {
    assertThatThrownBy(() -> transform(request("ECS10_3.1_SUCCESS_REQUEST_DUIS.XML",
        "<sr:SupplierMessage>Reset</sr:SupplierMessage>", "<sr:SupplierMessage>Caf\u00e9</sr:SupplierMessage>")))
        .isInstanceOfSatisfying(RequestRefused.class, e -> {
          assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID);
          assertThat(e.getMessage()).contains("SupplierMessage");
        });
  }

  @Test
  void theChangeOfTenancyDateBecomesADateTimeWithUnspecifiedDeviation() throws RequestRefused {
    GeneralSigningApdu apdu = transform(request("ECS12_3.2_SUCCESS_REQUEST_DUIS.XML",
        "2014-03-27T15:45:32.00Z", "2031-12-05T06:07:08.50Z"));

    assertThat(octets(accessRequest(apdu).data().get(0))).isEqualTo("07EF0C05FF0607083280" + "00FF");
  }

  @Test
  void clearingTheAlcsEventLogIsEcs15cOnItsOwnLog() throws RequestRefused {
    AccessRequest esme = accessRequest(transform(request("ECS15a_3.3_SUCCESS_REQUEST_DUIS.XML")));
    GeneralSigningApdu alcs = transform(request("ECS15a_3.3_SUCCESS_REQUEST_DUIS.XML",
        "<sr:ESMEEventLogType>ESME</sr:ESMEEventLogType>", "<sr:ESMEEventLogType>ALCS</sr:ESMEEventLogType>"));

    assertThat(esme.specs().get(0).descriptor().instance()).isEqualTo(new ObisCode(0, 0, 99, 98, 0, 255));
    assertThat(alcs.messageCode()).isEqualTo(0x00C1);
    assertThat(accessRequest(alcs).specs().get(0).descriptor().instance()).isEqualTo(new ObisCode(0, 17, 99, 98, 2, 255));
  }

  @Test
  void supplierContactDetailsAreTheRequestsNumberThenName() throws RequestRefused {
    GeneralSigningApdu apdu = transform(request("ECS16_3.4_SUCCESS_REQUEST_DUIS.XML",
        "<sr:SupplierName>E-ON</sr:SupplierName>", "<sr:SupplierName>Octopus</sr:SupplierName>",
        "0333 202 4650", "0800 123"));

    assertThat(accessRequest(apdu).data()).containsExactly(
        DlmsData.octetString("0800 123".getBytes(StandardCharsets.US_ASCII)),
        DlmsData.octetString("Octopus".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void adjustingTheMeterBalanceSendsTheSignedAmountAndResettingZeroesThreeCredits() throws RequestRefused {
    GeneralSigningApdu adjust = transform(request("ECS04a_1.5_SUCCESS_REQUEST_DUIS.XML",
        "<sr:AdjustMeterBalance>1200000</sr:AdjustMeterBalance>", "<sr:AdjustMeterBalance>-4500</sr:AdjustMeterBalance>"));
    GeneralSigningApdu reset = transform(request("ECS04b_1.5_SUCCESS_REQUEST_DUIS.XML"));

    assertThat(adjust.messageCode()).isEqualTo(0x001C);
    assertThat(accessRequest(adjust).data()).containsExactly(new IntegerValue(IntegerType.DOUBLE_LONG, -4500));
    assertThat(reset.messageCode()).isEqualTo(0x00B3);
    assertThat(accessRequest(reset).specs()).extracting(s -> s.descriptor().instance().e()).containsExactly(0, 1, 2);
  }

  @Test
  void aLogReadIsRestrictedToTheRequestsPeriodInSecondsSince2000() throws RequestRefused {
    AccessRequest r = accessRequest(transform(request("ECS20a_4.4.4_SUCCESS_REQUEST_DUIS.XML",
        "2014-12-22T09:30:00.00Z", "2000-01-01T00:01:40Z", "2015-01-01T00:00:00.00Z", "2000-01-02T00:00:00Z")));

    assertThat(r.specs().get(0).kind()).isEqualTo(AccessSpecKind.GET_WITH_SELECTION);
    List<DlmsData> range = ((Structure) r.specs().get(0).selectiveAccess().orElseThrow().parameters()).elements();
    assertThat(range.get(1)).isEqualTo(DlmsData.doubleLongUnsigned(100));
    assertThat(range.get(2)).isEqualTo(DlmsData.doubleLongUnsigned(86_400));
  }

  @Test
  void aLogPeriodThatEndsBeforeItStartsOrBefore2000IsRefused() {
    assertThatThrownBy(() -> transform(request("ECS22c_4.8.2_SUCCESS_REQUEST_DUIS.XML",
        "2014-10-01T09:00:00.00Z", "2014-10-03T09:00:00.00Z")))
        .isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.getMessage()).contains("ReadLogPeriod"));
    assertThatThrownBy(() -> transform(request("ECS22c_4.8.2_SUCCESS_REQUEST_DUIS.XML",
        "2014-10-01T09:00:00.00Z", "1999-12-31T23:00:00Z")))
        .isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.getMessage()).contains("StartDateTime"));
  }

  @Test
  void aProtectedLogReadNamesThePeriodAndProtectsForTheRequester() throws RequestRefused {
    GeneralSigningApdu apdu = transform(request("ECS21a_4.6.1_SINGLE_SUCCESS_REQUEST_DUIS.XML",
        "90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1003", "90-B3-D5-1F-30-03-00-00:00-DB-12-34-56-78-90-A0:77",
        "2014-03-09T00:00:00.00Z", "2020-02-29T23:30:00Z", "2014-03-11T00:00:00.00Z", "2020-03-01T00:00:00Z"));
    Structure parameters = (Structure) accessRequest(apdu).data().get(0);
    Structure object = (Structure) ((DlmsArray) parameters.elements().get(0)).elements().get(0);
    Structure range = (Structure) ((Structure) object.elements().get(4)).elements().get(1);
    Structure options = (Structure) ((Structure) ((DlmsArray) parameters.elements().get(1)).elements().get(0)).elements().get(1);

    assertThat(octets(range.elements().get(0))).isEqualTo("07E4021DFF171E00008000FF");
    assertThat(octets(options.elements().get(0))).isEqualTo("04000000000000004D");
    assertThat(octets(options.elements().get(1))).isEqualTo(HEX.formatHex(Eui64.parse("90-B3-D5-1F-30-03-00-00").toBytes()));
    assertThat(accessRequest(apdu).longInvokeIdAndPriority()).isEqualTo(LongInvokeIdAndPriority.forCounter(77));
  }

  @Test
  void aProtectedLogReadForAnUnknownRemotePartyIsTheBrokersAndProtectedForTheUserUnderTheBrokersCounter()
      throws Exception {
    String credentials = "</sr:ReadLogPeriod><sr:KAPublicSecurityCredentials>" + supplierKeyAgreementCertificate()
        + "</sr:KAPublicSecurityCredentials>";
    GeneralSigningApdu dailyRead = transform(request("ECS21a_4.6.1_SINGLE_SUCCESS_REQUEST_DUIS.XML",
        "</sr:ReadLogPeriod>", credentials));
    GeneralSigningApdu consumption = new DailyConsumptionLogTransform().transform(
        request("ECS66_4.17_SUCCESS_REQUEST_DUIS.XML", "</sr:ReadLogPeriod>", credentials));

    for (GeneralSigningApdu apdu : List.of(dailyRead, consumption)) {
      assertThat(apdu.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
      assertThat(apdu.originatorCounter()).isEqualTo(1302);
      assertThat(apdu.header().otherInformation().keyAgreementCertificate()).isPresent();
      assertThat(accessRequest(apdu).longInvokeIdAndPriority()).isEqualTo(LongInvokeIdAndPriority.forCounter(1302));
      Structure parameters = (Structure) accessRequest(apdu).data().get(0);
      Structure options =
          (Structure) ((Structure) ((DlmsArray) parameters.elements().get(1)).elements().get(0)).elements().get(1);
      assertThat(octets(options.elements().get(0))).isEqualTo("040000000000000516");
      assertThat(octets(options.elements().get(1))).isEqualTo("90B3D51F30010000");
    }
  }

  private static String supplierKeyAgreementCertificate() throws IOException {
    byte[] pem = Files.readAllBytes(ReferenceData.require("smki/device-keys").resolve("90b3d51f30010000-ka.pem"));
    return Base64.getEncoder().encodeToString(SmkiCertificate.parse(pem).der());
  }

  private static String octets(DlmsData d) {
    return HEX.formatHex(((OctetString) d).value().toByteArray());
  }
}
