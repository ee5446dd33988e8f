package org.dccsim.dcc.signature;

import org.dccsim.dcc.duis.DuisRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.xmldsig.Signer;
import org.dccsim.dcc.xmldsig.XmlSignatureCheck;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;
import org.dccsim.smki.RemotePartyRole;

/**
 * The first stage after reading: the request's XML signature verifies, and its signer is the
 * RequestID's originator, signing with an XML-signing (role 0x87) certificate.
 */
public final class RequestAuthenticator {

  public static final String STAGE = "signature";

  private final XmlSignatureVerifier verifier;

  public RequestAuthenticator(XmlSignatureVerifier verifier) {
    this.verifier = verifier;
  }

  /** @return the verified signer, who is the originator */
  public Signer authenticate(DuisRequest request) throws RequestRefused {
    XmlSignatureCheck check = verifier.verify(request.signature());
    if (!check.isValid()) {
      Outcome outcome = check.outcome() == XmlSignatureCheck.Outcome.UNKNOWN_SIGNER
          ? Outcome.UNKNOWN_USER
          : Outcome.SIGNATURE_INVALID;
      throw new RequestRefused(STAGE, outcome, check.toString());
    }
    Signer signer = check.signer();
    if (!signer.subject().equals(request.requestId().originator())) {
      throw new RequestRefused(STAGE, Outcome.UNKNOWN_USER,
          "signed by " + signer.subject() + ", but the RequestID's originator is " + request.requestId().originator());
    }
    if (signer.remotePartyRole() != RemotePartyRole.XML_SIGN.code()) {
      throw new RequestRefused(STAGE, Outcome.SIGNATURE_INVALID, String.format(
          "signed with a role 0x%02X certificate; DUIS requests are signed with the XML-signing (0x87) one",
          signer.remotePartyRole()));
    }
    return signer;
  }
}
