package org.dccsim.gbcs.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.crypto.AesGcm;
import org.dccsim.smki.crypto.CryptoException;

/**
 * Encrypts and decrypts GBCS sensitive payloads (e.g. the register values of ECS17b responses):
 * AES-128-GCM with the KDF mode 04 key, IV = originator title || invocation counter, AAD = the
 * security control byte 0x31 alone. The protected form is the 5-byte inner security header (31 and
 * a 4-byte invocation counter, 00000000 in GBCS) || ciphertext || 12-byte tag.
 *
 * <p>The KDF recipient and counter are the message's recipient and originator counter, except
 * where a supplementary remote party takes part (URP): then its id and counter are passed instead.
 */
public final class SensitivePayloadCipher {

  public static final int SECURITY_CONTROL = 0x31;
  public static final int HEADER_LENGTH = 5;
  private static final byte[] AAD = {SECURITY_CONTROL};

  private final MessageKeyDerivation kdf;

  public SensitivePayloadCipher(MessageKeyDerivation kdf) {
    this.kdf = kdf;
  }

  public byte[] encrypt(
      byte[] plaintext,
      Eui64 originator,
      long counter,
      Eui64 recipient,
      PrivateKey local,
      PublicKey peer) {
    return encrypt(plaintext, originator, counter, recipient, kdf.sharedSecret(local, peer));
  }

  /** As {@link #encrypt(byte[], Eui64, long, Eui64, PrivateKey, PublicKey)}, from the parties' shared secret. */
  public byte[] encrypt(byte[] plaintext, Eui64 originator, long counter, Eui64 recipient, byte[] sharedSecret) {
    byte[] key = MessageKeyDerivation.key(sharedSecret, originator, KdfMode.PAYLOAD_ENCRYPTION, counter, recipient);
    byte[] sealed = AesGcm.encrypt(key, MessageKeyDerivation.iv(originator), AAD, plaintext);
    byte[] out = new byte[HEADER_LENGTH + sealed.length];
    out[0] = (byte) SECURITY_CONTROL;
    System.arraycopy(sealed, 0, out, HEADER_LENGTH, sealed.length);
    return out;
  }

  /**
   * @param protectedPayload inner security header || ciphertext || tag
   * @throws GbcsCodecException when the header is not 31 followed by 4 bytes, or there is no tag
   * @throws GbcsSecurityException when the tag does not verify (wrong keys, counter or data)
   */
  public byte[] decrypt(
      ByteSlice protectedPayload,
      Eui64 originator,
      long counter,
      Eui64 recipient,
      PrivateKey local,
      PublicKey peer)
      throws GbcsCodecException, GbcsSecurityException {
    return decrypt(protectedPayload, originator, counter, recipient, kdf.sharedSecret(local, peer));
  }

  /** As {@link #decrypt(ByteSlice, Eui64, long, Eui64, PrivateKey, PublicKey)}, from the parties' shared secret. */
  public byte[] decrypt(ByteSlice protectedPayload, Eui64 originator, long counter, Eui64 recipient, byte[] sharedSecret)
      throws GbcsCodecException, GbcsSecurityException {
    ByteReader r = ByteReader.of(protectedPayload);
    r.expect(SECURITY_CONTROL, "security control byte 31 (authenticated encryption)");
    byte[] iv = MessageKeyDerivation.iv(originator);
    System.arraycopy(r.bytes(4, "invocation counter"), 0, iv, 8, 4);
    r.require(AesGcm.TAG_LENGTH, "ciphertext and 12-byte tag");
    byte[] key = MessageKeyDerivation.key(sharedSecret, originator, KdfMode.PAYLOAD_ENCRYPTION, counter, recipient);
    try {
      return AesGcm.decrypt(key, iv, AAD, r.array(), r.position(), r.remaining());
    } catch (CryptoException e) {
      throw new GbcsSecurityException(
          "sensitive payload from " + originator + " (counter " + Long.toUnsignedString(counter)
              + ") does not authenticate",
          e);
    }
  }
}
