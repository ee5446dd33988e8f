package org.dccsim.gbcs.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.ConcatKdf;
import org.dccsim.smki.crypto.SharedSecretCache;

/**
 * Derives the per-message AES-128 key of GBCS (4.3.3.3): the concat KDF over the static-static
 * ECDH secret of the two KA keys, with OtherInfo = algorithm id 60 85 74 06 08 03 00 || originator
 * title || 09 || mode || 8-byte counter || recipient title. The 09 is the length of the
 * transaction id (mode and counter) that follows. Also builds the matching GCM IV: originator
 * title || invocation counter (always 00000000 in GBCS).
 */
public final class MessageKeyDerivation {

  private static final byte[] ALGORITHM_ID = {0x60, (byte) 0x85, 0x74, 0x06, 0x08, 0x03, 0x00};
  static final int OTHER_INFO_LENGTH = 33;

  private final SharedSecretCache sharedSecrets;

  public MessageKeyDerivation(SharedSecretCache sharedSecrets) {
    this.sharedSecrets = sharedSecrets;
  }

  /** The key; ECDH is symmetric, so either party computes it from its private key. */
  public byte[] key(
      PrivateKey local, PublicKey peer, Eui64 originator, KdfMode mode, long counter, Eui64 recipient) {
    return key(sharedSecret(local, peer), originator, mode, counter, recipient);
  }

  /**
   * The key from a shared secret the caller keeps itself (an emulated device keeps one per trust
   * anchor, so that millions of devices need no global cache).
   */
  public static byte[] key(byte[] sharedSecret, Eui64 originator, KdfMode mode, long counter, Eui64 recipient) {
    return ConcatKdf.deriveAes128(sharedSecret, otherInfo(originator, mode, counter, recipient));
  }

  /** The static-static ECDH secret of the two keys (cached); callers must not modify it. */
  public byte[] sharedSecret(PrivateKey local, PublicKey peer) {
    return sharedSecrets.sharedSecret(local, peer);
  }

  public static byte[] otherInfo(Eui64 originator, KdfMode mode, long counter, Eui64 recipient) {
    byte[] info = new byte[OTHER_INFO_LENGTH];
    System.arraycopy(ALGORITHM_ID, 0, info, 0, ALGORITHM_ID.length);
    originator.writeTo(info, 7);
    info[15] = 9;
    info[16] = (byte) mode.code();
    for (int i = 0; i < 8; i++) {
      info[17 + i] = (byte) (counter >>> (8 * (7 - i)));
    }
    recipient.writeTo(info, 25);
    return info;
  }

  /** Originator system title || 00000000. */
  public static byte[] iv(Eui64 originator) {
    byte[] iv = new byte[12];
    originator.writeTo(iv, 0);
    return iv;
  }
}
