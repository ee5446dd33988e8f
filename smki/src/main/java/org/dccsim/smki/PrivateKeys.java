package org.dccsim.smki;

import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import org.dccsim.smki.crypto.EcKeys;

/** Reads and writes SMKI private keys: PKCS#8, as DER or as PEM "PRIVATE KEY". */
public final class PrivateKeys {

  private PrivateKeys() {}

  /**
   * Decodes a P-256 private key from PKCS#8 DER or PEM.
   *
   * @throws SmkiException when the bytes are not a PKCS#8 P-256 key
   */
  public static PrivateKey parse(byte[] pemOrDer) {
    byte[] der =
        PemCodec.isPem(pemOrDer) ? PemCodec.decodeSingle(pemOrDer, PemCodec.PRIVATE_KEY) : pemOrDer;
    PrivateKey key;
    try {
      key = EcKeys.privateKeyFromPkcs8(der);
    } catch (RuntimeException e) { // CryptoException, or anything BouncyCastle throws on junk
      throw new SmkiException(
          "private key: not PKCS#8 EC (" + SmkiException.causeMessage(e) + ")", e);
    }
    if (!(key instanceof ECPrivateKey ec) || !EcKeys.isP256(ec)) {
      throw new SmkiException("private key: EC, but not on P-256");
    }
    return key;
  }

  /** The PKCS#8 PEM text DCC Boxed clients read. */
  public static String toPem(PrivateKey key) {
    return PemCodec.encode(PemCodec.PRIVATE_KEY, key.getEncoded());
  }
}
