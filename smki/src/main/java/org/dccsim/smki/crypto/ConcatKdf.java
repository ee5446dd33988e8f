package org.dccsim.smki.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The single-pass concatenation KDF of NIST SP 800-56A with SHA-256, as GBCS uses it: the first
 * 16 bytes of SHA-256(00000001 || Z || OtherInfo) form an AES-128 key.
 */
public final class ConcatKdf {

  public static final int KEY_LENGTH = 16;
  private static final byte[] COUNTER_ONE = {0, 0, 0, 1};

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  private ConcatKdf() {}

  public static byte[] deriveAes128(byte[] sharedSecret, byte[] otherInfo) {
    MessageDigest d = SHA256.get();
    d.update(COUNTER_ONE);
    d.update(sharedSecret);
    d.update(otherInfo);
    byte[] digest = d.digest();
    byte[] key = new byte[KEY_LENGTH];
    System.arraycopy(digest, 0, key, 0, KEY_LENGTH);
    return key;
  }
}
