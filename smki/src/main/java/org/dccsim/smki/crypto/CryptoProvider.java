package org.dccsim.smki.crypto;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The JCA provider that performs P-256 operations. BouncyCastle is the default because JDK 17's
 * SunEC is an order of magnitude slower for ECDSA and ECDH; the JDK provider stays selectable so
 * that benchmarks can compare the two in one run.
 */
public enum CryptoProvider {
  BC("SHA256withPLAIN-ECDSA"),
  JDK("SHA256withECDSAinP1363Format");

  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  /** JCA name of ECDSA-with-SHA-256 whose signature is IEEE P1363 r||s, as GBCS and XMLDSig use. */
  final String p1363SignatureAlgorithm;

  CryptoProvider(String p1363SignatureAlgorithm) {
    this.p1363SignatureAlgorithm = p1363SignatureAlgorithm;
  }

  /** The provider object for {@code getInstance(algorithm, provider)} calls. */
  public Provider provider() {
    return this == BC ? BOUNCY_CASTLE : Security.getProvider("SunEC");
  }

  /** BouncyCastle, always named explicitly; it is never installed as a global provider. */
  public static Provider bouncyCastle() {
    return BOUNCY_CASTLE;
  }
}
