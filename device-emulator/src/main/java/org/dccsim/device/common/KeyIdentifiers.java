package org.dccsim.device.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.dccsim.gbcs.asn1.KeyIdentifier;

/**
 * The subject key identifier of a public key as SMKI certificates carry it, and trust anchor cells
 * report it: RFC 5280 method 2, the four bits 0100 followed by the least significant 60 bits of the
 * SHA-1 hash of the subjectPublicKey bits (every RTDS organisation certificate agrees). Computed from
 * the key, so a device keeps no certificate to report its anchors.
 */
final class KeyIdentifiers {

  /** The identifier of an empty cell. */
  static final KeyIdentifier NONE = KeyIdentifier.of(new byte[KeyIdentifier.LENGTH]);

  private KeyIdentifiers() {}

  static KeyIdentifier of(PublicKey key) {
    byte[] point = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes();
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-1").digest(point);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
    byte[] id = Arrays.copyOfRange(hash, hash.length - KeyIdentifier.LENGTH, hash.length);
    id[0] = (byte) (0x40 | (id[0] & 0x0F));
    return KeyIdentifier.of(id);
  }
}
