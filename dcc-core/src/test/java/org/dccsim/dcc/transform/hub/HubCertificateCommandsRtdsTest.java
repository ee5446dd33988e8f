package org.dccsim.dcc.transform.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.asn1.DerPayloadCodec;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.UpdateSecurityCredentials;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.junit.jupiter.api.Test;

/**
 * The CS02b / CS02g transforms against every RTDS scenario with a template, given the
 * certificates RTDS has: the templates carry re-issued certificates (same subjects and keys, new
 * serials), so each template's certificates are replaced, in order, by the RTDS command's before
 * transforming. Everything else comes from the template; the counter is the RTDS command's.
 */
class HubCertificateCommandsRtdsTest {

  private static final Pattern CERTIFICATE = Pattern.compile("<sr:(\\w*Certificate)>([^<]+)</sr:\\1>");

  private record Scenario(String template, String folder, String rtds) {}

  private static final List<Scenario> SCENARIOS = List.of(
      new Scenario("CS02bNOByNO_6.15.1_SUCCESS", "6.15.1_CS02bNOByNO", "CS02bNOByNO_6.15.1_SUCCESS"),
      new Scenario("CS02bSupplierBySupplier_6.15.1_IMMEDIATE_SUCCESS", "6.15.1_CS02bSupplierBySupplier",
          "CS02bSupplierBySupplier_6.15.1_IMMEDIATE_SUCCESS"),
      new Scenario("CS02bSupplierBySupplier_6.15.1_FUTURE_DATED_SUCCESS", "6.15.1_CS02bSupplierBySupplier",
          "CS02bSupplierBySupplier_6.15.1_FUTURE_DATED_SUCCESS"),
      new Scenario("CS02bSupplierBySupplier_6.15.1_CANCELLATION_SUCCESS", "6.15.1_CS02bSupplierBySupplier",
          "CS02bSupplierBySupplier_6.15.1_CANCELLATION_SUCCESS"),
      new Scenario("CS02gLoadControllerBySupplier_6.15.1_IMMEDIATE_SUCCESS", "6.15.1_CS02gLoadControllerBySupplier",
          "CS02gLoadControllerBySupplier_6.15.1_IMMEDIATE_SUCCESS"),
      new Scenario("CS02gLoadControllerBySupplier_6.15.1_FUTURE_DATED_SUCCESS", "6.15.1_CS02gLoadControllerBySupplier",
          "CS02gLoadControllerBySupplier_6.15.1_FUTURE_DATED_SUCCESS"),
      new Scenario("CS02gLoadControllerBySupplier_6.15.1_CANCELLATION_SUCCESS", "6.15.1_CS02gLoadControllerBySupplier",
          "CS02gLoadControllerBySupplier_6.15.1_CANCELLATION_SUCCESS"),
      new Scenario("CS02bNOByNOHandover_6.21_SUCCESS", "6.21_CS02bNOByNOHandover", "CS02bNOByNOHandover_6.21_SUCCESS"),
      new Scenario("CS02bSupplierBySupplierHandover_6.21_SUCCESS", "6.21_CS02bSupplierBySupplierHandover",
          "CS02bSupplierBySupplierHandover_6.21_SUCCESS"),
      new Scenario("CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS", "6.23_CS02bSupplierByTransCoS",
          "CS02bSupplierByTransCoS_6.23_IMMEDIATE_SUCCESS"),
      new Scenario("CS02bSupplierByTransCoS_6.23_FUTURE_DATED_SUCCESS", "6.23_CS02bSupplierByTransCoS",
          "CS02bSupplierByTransCoS_6.23_FUTURE_DATED_SUCCESS"),
      new Scenario("CS02bSupplierByTransCoS_6.23_CANCELLATION_SUCCESS", "6.23_CS02bSupplierByTransCoS",
          "CS02bSupplierByTransCoS_6.23_CANCELLATION_SUCCESS"),
      new Scenario("CS02bACBByACB_8.5_SUCCESS", "8.5_CS02bACBByACB", "CS02bACBByACB_8.5_SUCCESS"));

  @Test
  void everyCs02bTemplateGivenRtdsCertificatesBecomesTheRtdsCommandByteForByte()
      throws GbcsCodecException, RequestRefused {
    TransformRegistry registry = new TransformRegistry(HubRequests.CATALOGUE);
    new CommsHubAndSecurityTransforms().registerCertificateReplacements(registry);
    List<String> differences = new ArrayList<>();
    for (Scenario s : SCENARIOS) {
      GeneralSigningApdu expected = HubRequests.rtds(s.folder(), s.rtds());
      List<EncodedCertificate> rtdsCertificates = certificates(expected);
      AcceptedRequest request = HubRequests.accepted(s.template() + "_REQUEST_DUIS.XML",
          xml -> withCertificates(xml, rtdsCertificates), expected.originatorCounter(), EnumSet.allOf(UserRole.class));
      DeviceCommandTransform transform = registry.forVariant(request.srv().variant()).orElseThrow();

      GeneralSigningApdu actual = transform.transform(request);

      if (actual.messageCode() != expected.messageCode()
          || !actual.originator().equals(expected.originator())
          || !actual.recipient().equals(expected.recipient())
          || !actual.header().otherInformation().equals(expected.header().otherInformation())
          || !actual.content().equals(expected.content())) {
        differences.add(s.template() + ": " + actual + " but RTDS " + expected);
      }
    }
    assertThat(differences).isEmpty();
  }

  /** The certificates of an RTDS CS02b command: replacements, then certification path. */
  private static List<EncodedCertificate> certificates(GeneralSigningApdu apdu) throws GbcsCodecException {
    UpdateSecurityCredentials.Command c = (UpdateSecurityCredentials.Command) DerPayloadCodec.decode(apdu).payload();
    List<EncodedCertificate> all = new ArrayList<>();
    c.replacements().forEach(r -> all.add(r.certificate()));
    all.addAll(c.certificationPath());
    return all;
  }

  private static String withCertificates(String xml, List<EncodedCertificate> certificates) {
    Matcher m = CERTIFICATE.matcher(xml);
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (m.find()) {
      String base64 = Base64.getEncoder().encodeToString(certificates.get(i++).der().toByteArray());
      m.appendReplacement(b, "<sr:" + m.group(1) + ">" + base64 + "</sr:" + m.group(1) + ">");
    }
    m.appendTail(b);
    assertThat(i).as("certificates in the template").isEqualTo(certificates.size());
    return b.toString();
  }
}
