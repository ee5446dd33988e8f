package org.dccsim.dcc.critical;

import org.dccsim.dcc.duis.SignedPreCommand;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.smki.CertificateValidityChecker;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.SmkiRepository;

/**
 * Checks a Signed Pre-Command (CV 5/6/7) before the DCC forwards it: it is a General-Signing APDU
 * carrying a signature; what it signs is exactly the Pre-Command the DCC issued for this
 * RequestID (header and payload, byte for byte); and the signature verifies with the User's SMKI
 * signing certificate in the remote party role its devices trust it in.
 */
public final class SignedPreCommandVerifier {

  public static final String STAGE = "signed-pre-command";

  private final SmkiRepository smki;
  private final GbcsSigner signer;
  private final CertificateValidityChecker validity;

  public SignedPreCommandVerifier(SmkiRepository smki, GbcsSigner signer, CertificateValidityChecker validity) {
    this.smki = smki;
    this.signer = signer;
    this.validity = validity;
  }

  /** @return the signed APDU, to be forwarded unchanged */
  public GeneralSigningApdu verify(AcceptedRequest request, IssuedPreCommand issued) throws RequestRefused {
    SignedPreCommand body = (SignedPreCommand) request.request().body();
    GeneralSigningApdu apdu;
    try {
      apdu = GbcsCodec.decodeApdu(body.gbcsPayload());
    } catch (GbcsCodecException e) {
      throw new RequestRefused(STAGE, Outcome.PRE_COMMAND_MISMATCH, "GBCSPayload is not a General-Signing APDU: " + e.getMessage());
    }
    if (!apdu.signedSpan().contentEquals(issued.signedSpan())) {
      throw new RequestRefused(STAGE, Outcome.PRE_COMMAND_MISMATCH,
          "the signed APDU's header and payload differ from the Pre-Command issued for " + issued.requestId());
    }
    if (!apdu.signature().isPresent()) {
      throw new RequestRefused(STAGE, Outcome.PRE_COMMAND_SIGNATURE_INVALID, "the Pre-Command carries no signature");
    }
    SmkiCertificate certificate = smki.organisation(
            request.user().id(), request.user().remotePartyRole(), KeyUsage.DIGITAL_SIGNATURE)
        .orElseThrow(() -> new RequestRefused(STAGE, Outcome.PRE_COMMAND_SIGNATURE_INVALID,
            "no " + request.user().remotePartyRole() + " signing certificate for " + request.user().id() + " in SMKI"));
    if (!validity.check(certificate).accepted()) {
      throw new RequestRefused(STAGE, Outcome.PRE_COMMAND_SIGNATURE_INVALID, validity.check(certificate).describe());
    }
    if (!signer.verify(apdu, certificate.publicKey())) {
      throw new RequestRefused(STAGE, Outcome.PRE_COMMAND_SIGNATURE_INVALID,
          "the signature does not verify with " + request.user().id() + "'s certificate " + certificate.serialHex());
    }
    return apdu;
  }
}
