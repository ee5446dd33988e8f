package org.dccsim.gbcs.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.frame.SignatureField;
import org.dccsim.smki.crypto.EcdsaP256;

/**
 * Signs and verifies General-Signing APDUs (GBCS critical commands, responses and alerts): ECDSA
 * P-256 / SHA-256 in P1363 form over the signed span, i.e. the APDU from the 09 after DF to the end
 * of the content. The verifying key is the DS key of the APDU's originator.
 */
public final class GbcsSigner {

  private final EcdsaP256 ecdsa;

  public GbcsSigner(EcdsaP256 ecdsa) {
    this.ecdsa = ecdsa;
  }

  /**
   * @return the same header and content with 0x40 and the 64-byte signature
   * @throws IllegalArgumentException when the APDU is already signed
   */
  public GeneralSigningApdu sign(GeneralSigningApdu unsigned, PrivateKey dsKey) {
    if (unsigned.signature().isPresent()) {
      throw new IllegalArgumentException("the APDU is already signed");
    }
    ByteSlice span = unsigned.signedSpan();
    byte[] signature = ecdsa.sign(dsKey, span.array(), span.offset(), span.length());
    return unsigned.withSignature(SignatureField.of(signature));
  }

  /** @return false when there is no signature or it does not verify with {@code dsKey} */
  public boolean verify(GeneralSigningApdu apdu, PublicKey dsKey) {
    if (!apdu.signature().isPresent()) {
      return false;
    }
    ByteSlice span = apdu.signedSpan();
    return ecdsa.verify(
        dsKey,
        span.array(),
        span.offset(),
        span.length(),
        apdu.signature().signature().orElseThrow().toByteArray());
  }
}
