package org.dccsim.dcc.transform.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.asn1.ActivateFirmware;
import org.dccsim.gbcs.asn1.CertificateKeyUsage;
import org.dccsim.gbcs.asn1.CredentialsReplacementMode;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.asn1.DerPayload;
import org.dccsim.gbcs.asn1.IssueSecurityCredentials;
import org.dccsim.gbcs.asn1.ProvideSecurityCredentialDetails;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials.TimeBasedCpvChecks;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.RemotePartyRole;
import org.junit.jupiter.api.Test;

/** The family's transforms follow the request's values, not the templates'. */
class CommsHubAndSecurityTransformsTest {

  private final TransformRegistry registry = registry();

  private static TransformRegistry registry() {
    TransformRegistry r = new TransformRegistry(HubRequests.CATALOGUE);
    CommsHubAndSecurityTransforms family = new CommsHubAndSecurityTransforms();
    family.registerAll(r);
    return r;
  }

  private GeneralSigningApdu transform(String template, UnaryOperator<String> edit) throws RequestRefused {
    return transform(HubRequests.accepted(template, edit, -1, EnumSet.allOf(UserRole.class)));
  }

  private GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    return registry.forVariant(request.srv().variant()).orElseThrow().transform(request);
  }

  private static DerPayload der(GeneralSigningApdu apdu) throws GbcsCodecException {
    return DerPayloadCodec.decode(apdu).payload();
  }

  @Test
  void aTopUpCarriesTheRequestsUtrnAndCounter() throws Exception {
    AcceptedRequest request = HubRequests.accepted("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("73946144332040217315", "73948959061972833313"), 5L << 32, EnumSet.allOf(UserRole.class));

    GeneralSigningApdu apdu = transform(request);
    AccessRequest access = DlmsCodec.decodeAccessRequest(apdu.content());

    assertThat(apdu.originatorCounter()).isEqualTo(5L << 32);
    assertThat(access.longInvokeIdAndPriority()).isEqualTo(0x2000_0000L);
    assertThat(access.data()).containsExactly(
        DlmsData.octetString("73948959061972833313".getBytes(StandardCharsets.US_ASCII)));
    assertThatThrownBy(() -> transform("CS01a_2.2_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("73946144332040217315", "7394614433204021731X")))
        .isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.BODY_INVALID))
        .hasMessageContaining("UTRN");
  }

  @Test
  void firmwareActivationTakesTheHashTheExecutionDateTimeAndMapsCancellation() throws Exception {
    String hash = "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF";
    ActivateFirmware.Command later = (ActivateFirmware.Command) der(transform("CS06_11.3_FUTURE_DATED_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("AA758690730934FF0685AA758690730934FF0685657788990011223344556677", hash)
            .replace("2030-01-15T09:00:00.00Z", "2031-06-30T22:15:30.75Z")));
    ActivateFirmware.Command cancel =
        (ActivateFirmware.Command) der(transform("CS06_11.3_CANCELLATION_SUCCESS_REQUEST_DUIS.XML", xml -> xml));

    assertThat(later.manufacturerImageHash().toString()).isEqualTo(hash);
    assertThat(later.originatorCounter()).isEqualTo(1001);
    assertThat(later.executionDateTime()).contains(Instant.parse("2031-06-30T22:15:30Z"));
    assertThat(cancel.executionDateTime()).contains(Instant.parse("9999-12-31T23:59:59Z"));
    assertThatThrownBy(() -> transform("CS06_11.3_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("44556677<", "445566<")))
        .hasMessageContaining("FirmwareHash");
  }

  @Test
  void deviceCredentialCommandsFollowTheCredentialType() throws Exception {
    IssueSecurityCredentials.Command issue = (IssueSecurityCredentials.Command) der(transform(
        "CS02c_6.17_SUCCESS_REQUEST_DUIS.XML", xml -> xml.replace("Digital Signature", "Key Agreement")));

    assertThat(issue.keyUsage()).isEqualTo(CertificateKeyUsage.KEY_AGREEMENT);
    assertThatThrownBy(() -> transform("CS02d_6.15.2_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replaceFirst("<sr:DeviceCertificate>MIIB", "<sr:DeviceCertificate>MIIC")))
        .hasMessageContaining("DeviceCertificate");
  }

  @Test
  void credentialDetailsListTheRolesAskedForAndBecomeCs02fForALoadController() throws Exception {
    GeneralSigningApdu supplierOnly = transform("CS02aMAC_6.24.1_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("<sr:RemotePartyRole>NetworkOperator</sr:RemotePartyRole>", ""));
    GeneralSigningApdu withLoadController = transform("CS02aMAC_6.24.1_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("NetworkOperator</sr:RemotePartyRole>", "LoadController</sr:RemotePartyRole>"));

    assertThat(supplierOnly.messageCode()).isEqualTo(0x0008);
    assertThat(supplierOnly.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(((ProvideSecurityCredentialDetails.Command) der(supplierOnly)).rolesRequired())
        .containsExactly(RemotePartyRole.SUPPLIER);
    assertThat(withLoadController.messageCode()).isEqualTo(0x011B);
    assertThat(((ProvideSecurityCredentialDetails.Command) der(withLoadController)).rolesRequired())
        .containsExactly(RemotePartyRole.SUPPLIER, RemotePartyRole.LOAD_CONTROLLER);
    assertThatThrownBy(() -> transform("CS02aMAC_6.24.1_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("NetworkOperator</sr:RemotePartyRole>", "Landlord</sr:RemotePartyRole>")))
        .hasMessageContaining("Landlord");
  }

  @Test
  void updateSecurityCredentialsFollowsTheRoleFloorsAndCpvChoice() throws Exception {
    GeneralSigningApdu apdu = transform("CS02bNOByNO_6.15.1_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("<sr:RemotePartyFloorSeqNumber>0<", "<sr:RemotePartyFloorSeqNumber>4200<")
            .replace("<sr:ApplyTimeBasedCPVChecks>true<", "<sr:ApplyTimeBasedCPVChecks>false<"));
    UpdateSecurityCredentials.Command c = (UpdateSecurityCredentials.Command) der(apdu);

    assertThat(apdu.messageCode()).isEqualTo(CredentialsReplacementMode.NETWORK_OPERATOR_BY_NETWORK_OPERATOR.messageCode());
    assertThat(c.control().newRemotePartyFloorSeqNumber().getAsLong()).isEqualTo(4200);
    assertThat(c.control().timeBasedCpvChecks()).contains(TimeBasedCpvChecks.DISAPPLY);
    assertThat(c.control().authorisingRemotePartySeqNumber()).isEqualTo(1200);
    assertThat(c.replacements()).extracting(r -> r.targetCell().role())
        .containsOnly(RemotePartyRole.NETWORK_OPERATOR);
    assertThat(c.executionDateTime()).isEmpty();
  }

  @Test
  void aLoadControllersCredentialsGoOnlyToAnEsmeAndTopUpCellsOnlyToSuppliers() {
    assertThatThrownBy(() -> transform("CS02gLoadControllerBySupplier_6.15.1_IMMEDIATE_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("00-DB-12-34-56-78-90-A0", "00-DB-12-34-56-78-90-A1")))
        .hasMessageContaining("only an ESME");
    assertThatThrownBy(() -> transform("CS02bNOByNO_6.15.1_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("<sr:RemotePartyFloorSeqNumber>0</sr:RemotePartyFloorSeqNumber>",
            "<sr:RemotePartyFloorSeqNumber>0</sr:RemotePartyFloorSeqNumber>"
                + "<sr:RemotePartyPrepaymentTopUpFloorSeqNumber>0</sr:RemotePartyPrepaymentTopUpFloorSeqNumber>")))
        .hasMessageContaining("RemotePartyPrepaymentTopUpFloorSeqNumber");
  }

  @Test
  void aChangeOfSupplierIsTheTransitionalCosPartysAndSetsTheSupplierFloors() throws Exception {
    GeneralSigningApdu apdu = transform("CS02bSupplierByTransCoS_6.23_FUTURE_DATED_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("<sr:SupplierFloorSeqNumber>0<", "<sr:SupplierFloorSeqNumber>77<")
            .replace("2030-01-02T00:00:00.00Z", "2029-03-04T05:06:07Z"));
    UpdateSecurityCredentials.Command c = (UpdateSecurityCredentials.Command) der(apdu);

    assertThat(apdu.originator()).isEqualTo(Eui64.parse("90-B3-D5-1F-30-00-00-04"));
    assertThat(c.control().otherRemotePartySeqNumberChanges().orElseThrow().get(0).floorSeqNumber()).isEqualTo(77);
    assertThat(c.executionDateTime()).contains(Instant.parse("2029-03-04T05:06:07Z"));
  }

  @Test
  void aMeterDeviceLogIsReadByTheUserOrForAnOtherUserByTheAcb() throws Exception {
    AcceptedRequest supplier = HubRequests.accepted("CS07_8.9_SUCCESS_REQUEST_DUIS.XML",
        UnaryOperator.identity(), -1, EnumSet.of(UserRole.GS));
    AcceptedRequest otherUser = HubRequests.accepted("CS07_8.9_SUCCESS_REQUEST_DUIS.XML",
        UnaryOperator.identity(), -1, EnumSet.of(UserRole.OU));

    GeneralSigningApdu byUser = transform(supplier);
    GeneralSigningApdu byAcb = transform(otherUser);

    assertThat(byUser.originator()).isEqualTo(Eui64.parse("90-B3-D5-1F-30-01-00-00"));
    assertThat(byUser.header().otherInformation()).isEqualTo(OtherInformation.of(0x0013));
    assertThat(byAcb.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
    assertThat(byAcb.header().otherInformation())
        .isEqualTo(OtherInformation.withRemoteParty(0x0013, Eui64.parse("90-B3-D5-1F-30-01-00-00"), 1001));
    assertThat(byAcb.content()).isEqualTo(byUser.content());
  }

  @Test
  void noCommandOfTheFamilyCarriesAHeaderDateTime() throws Exception {
    for (String t : List.of("CS06_11.3_FUTURE_DATED_SUCCESS_REQUEST_DUIS.XML", "CS02c_6.17_SUCCESS_REQUEST_DUIS.XML")) {
      assertThat(transform(t, xml -> xml).header().dateTime()).as(t).isEqualTo(Optional.empty());
    }
  }

  @Test
  void subGhzConfigurationTakesChannelsThresholdsAndPercentagesFromTheRequest() throws Exception {
    GeneralSigningApdu apdu = transform("DBCH04_6.28_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("<sr:Channel28/>", "<sr:Channel34/>")
            .replace(">1.3<", ">0.7<")
            .replace(">60.00<", ">12.34<"));
    DlmsData.Structure config = (DlmsData.Structure) DlmsCodec.decodeAccessRequest(apdu.content()).data().get(0);

    // page 29 (11101) in the top bits, channels 29 and 34 as bits 2 and 7
    assertThat(config.elements().get(1).toString()).contains("E8000084");
    assertThat(config.elements().get(4)).isEqualTo(DlmsData.longUnsigned(70));
    assertThat(config.elements().get(10)).isEqualTo(DlmsData.longUnsigned(1234));
    assertThatThrownBy(() -> transform("DBCH04_6.28_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("<sr:Channel28/>", "<sr:Channel35/>")))
        .hasMessageContaining("Channel27 to Channel34");
    assertThatThrownBy(() -> transform("DBCH04_6.28_SUCCESS_REQUEST_DUIS.XML", xml -> xml.replace(">1.3<", ">1.35<")))
        .hasMessageContaining("NormalLimitedDutyCycleThreshold");
  }

  @Test
  void theChannelLogIsReadOverTheRequestsPeriodInSecondsSince2000() throws Exception {
    GeneralSigningApdu apdu = transform("DBCH02_6.32_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("2014-12-20T00:00:00.00Z", "2000-01-01T00:01:40Z"));
    AccessRequest access = DlmsCodec.decodeAccessRequest(apdu.content());
    DlmsData.Structure range = (DlmsData.Structure) access.specs().get(0).selectiveAccess().orElseThrow().parameters();

    assertThat(range.elements().get(1)).isEqualTo(DlmsData.doubleLongUnsigned(100));
    assertThat(apdu.originator()).isEqualTo(Eui64.DCC_ACCESS_CONTROL_BROKER);
  }

  @Test
  void theCommsHubDeviceLogIsCcs07WithSecurityDetailsElseCcs06() throws Exception {
    assertThat(transform("CCS07_8.9_SUCCESS_REQUEST_DUIS.XML", xml -> xml).messageCode()).isEqualTo(0x00FE);
    assertThat(transform("CCS07_8.9_SUCCESS_REQUEST_DUIS.XML",
        xml -> xml.replace("<sr:ReadSecurityDetails/>", "")).messageCode()).isEqualTo(0x010F);
  }
}
