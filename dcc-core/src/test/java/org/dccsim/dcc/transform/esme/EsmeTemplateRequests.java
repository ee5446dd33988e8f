package org.dccsim.dcc.transform.esme;

import java.time.Instant;
import java.util.HexFormat;
import org.dccsim.dcc.access.User;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.catalogue.UserRole;
import org.dccsim.dcc.duis.DuisRequestReader;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.transform.TemplateRequests;
import org.dccsim.dcc.transform.TransformRegistry;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.DlmsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.RemotePartyRole;

/**
 * Public DUIS templates turned into accepted ESME requests, after text replacements, so that a
 * test can feed a transform other values than the template's and see them in the command.
 */
final class EsmeTemplateRequests {

  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.duis54();
  private static final DuisRequestReader READER = new DuisRequestReader();
  static final TransformRegistry TRANSFORMS =
      new TransformRegistry(CATALOGUE).registerAll(new EsmeReadAndTariffTransforms());

  private EsmeTemplateRequests() {}

  /**
   * @param replacements pairs of (text in the template, text to put instead); each must occur
   */
  static AcceptedRequest request(String template, String... replacements) {
    return requestAs(RemotePartyRole.SUPPLIER, template, replacements);
  }

  /** As {@link #request}, from a User of the given remote party role. */
  static AcceptedRequest requestAs(RemotePartyRole role, String template, String... replacements) {
    TemplateRequests t = TemplateRequests.template(template);
    for (int i = 0; i < replacements.length; i += 2) {
      t = t.replace(replacements[i], replacements[i + 1]);
    }
    return t.on(DeviceType.ESME).inRoles(UserRole.IS, UserRole.ES, UserRole.GS, UserRole.RSA, UserRole.ED,
        UserRole.GT, UserRole.OU).as(role).at(Instant.parse("2026-11-28T12:00:00Z")).accepted();
  }

  /** The transform registered for the request's SRV on an ESME, applied. */
  static GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    return TRANSFORMS.forVariant(request.srv().variant()).orElseThrow().transform(request);
  }

  /** The RTDS Pre-Command or Command of the template's scenario. */
  static GeneralSigningApdu rtdsCommand(String template) {
    return TemplateRequests.rtdsCommand(template);
  }

  /** What the conformance test compares: titles, message code and other-information, and the payload. */
  static String comparable(GeneralSigningApdu apdu) {
    return apdu.originator() + ">" + apdu.recipient() + " " + apdu.header().otherInformation() + " "
        + HexFormat.of().formatHex(apdu.content().toByteArray());
  }

  static AccessRequest accessRequest(GeneralSigningApdu apdu) {
    try {
      return DlmsCodec.decodeAccessRequest(apdu.content());
    } catch (GbcsCodecException e) {
      throw new AssertionError("not an Access-Request: " + apdu.content(), e);
    }
  }
}
