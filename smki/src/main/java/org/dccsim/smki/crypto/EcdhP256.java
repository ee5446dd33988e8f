package org.dccsim.smki.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.KeyAgreement;

/**
 * Static-static ECDH over P-256: the shared secret Z (the 32-byte x-coordinate) from which GBCS
 * derives MAC and payload-encryption keys.
 */
public final class EcdhP256 {

  private final ThreadLocal<KeyAgreement> agreements;

  public EcdhP256(CryptoProvider provider) {
    this.agreements =
        ThreadLocal.withInitial(
            () -> {
              try {
                return KeyAgreement.getInstance("ECDH", provider.provider());
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("ECDH unavailable from " + provider, e);
              }
            });
  }

  public byte[] sharedSecret(PrivateKey local, PublicKey peer) {
    KeyAgreement ka = agreements.get();
    try {
      ka.init(local);
      ka.doPhase(peer, true);
      return ka.generateSecret();
    } catch (GeneralSecurityException e) {
      throw new CryptoException("ECDH failed", e);
    }
  }
}
