package org.dccsim.dcc.transform;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.CraFlag;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.GroupingHeader;
import org.dccsim.gbcs.frame.OtherInformation;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.gbcs.usecase.GbcsCommands;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiException;

/**
 * A log read for an unknown remote party (URP): a User whose certificates the device does not hold
 * puts its key agreement certificate in the request (KAPublicSecurityCredentials, DUIS's
 * ReadLogFutureDatableAndURPCredentials reads). The access control broker sends the command on
 * its behalf under the DCC's counter, other-information naming the User with its counter and
 * carrying the certificate, to whose key the device encrypts its response.
 */
public record UnknownRemoteParty(EncodedCertificate certificate) {

  public static final String CREDENTIALS = "KAPublicSecurityCredentials";

  /**
   * The unknown remote party the request names, if any. The certificate must be an SMKI key
   * agreement certificate of the User itself (E45 otherwise).
   */
  public static Optional<UnknownRemoteParty> of(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    Optional<String> text = body.childText(CREDENTIALS);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String where = body.localName() + "/" + CREDENTIALS;
    EncodedCertificate certificate;
    SmkiCertificate smki;
    try {
      certificate = EncodedCertificate.of(Base64.getDecoder().decode(withoutWhitespace(text.get())));
      smki = certificate.toSmki();
    } catch (IllegalArgumentException | SmkiException e) {
      throw TransformValues.invalid(where, "the base64 DER of an SMKI certificate (" + e.getMessage() + ")");
    }
    Eui64 user = request.requestId().originator();
    if (smki.usage() != KeyUsage.KEY_AGREEMENT || !smki.subjectEui().equals(Optional.of(user))) {
      throw TransformValues.invalid(where, "a key agreement certificate of " + user + ", not a "
          + smki.usage() + " certificate of " + smki.subjectEui().map(Eui64::toString).orElse("no EUI-64"));
    }
    return Optional.of(new UnknownRemoteParty(certificate));
  }

  /** The command around a payload: from the access control broker, the certificate in other-information. */
  public GeneralSigningApdu command(AcceptedRequest request, int messageCode, byte[] payload) {
    OtherInformation other = new OtherInformation(messageCode, Optional.of(request.requestId().originator()),
        OptionalLong.of(request.requestId().counter()), OptionalLong.empty(), Optional.of(certificate.der()));
    GroupingHeader header = new GroupingHeader(CraFlag.COMMAND, request.dccCounter(),
        Eui64.DCC_ACCESS_CONTROL_BROKER, request.device().id(), Optional.empty(), other);
    return GeneralSigningApdu.create(header, payload, SignatureField.NULL);
  }

  /** A DLMS command (ESME): the Access-Request numbered by the broker's counter, as the header is. */
  public GeneralSigningApdu dlmsCommand(
      AcceptedRequest request, int messageCode, List<AccessRequestSpec> specs, List<DlmsData> data) {
    return command(request, messageCode, GbcsCommands.dlmsPayload(request.dccCounter(), specs, data));
  }

  /** base64Binary may be written over several lines. */
  private static String withoutWhitespace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
