package org.dccsim.gbcs.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodec;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.frame.GbcsMessage;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.smki.crypto.AesGcm;

/**
 * The 12-byte MAC of a General-Ciphering message (GBCS 6.2.3): GMAC with the per-message key of
 * {@link MessageKeyDerivation} (mode = the CRA flag, the APDU's originator, counter and recipient),
 * IV = originator title || 00000000, and AAD = 11 00 00 00 00 00 || the whole General-Signing APDU
 * (DF through signature field). The six-byte prefix was confirmed against all recomputable RTDS
 * MACs; with the 5-byte security header alone (11 00000000) no RTDS MAC verifies.
 *
 * <p>Who keys what: a command's MAC is the ACB's KA private key with the device's KA public key
 * (the header originator stays the User); a response or alert is the device's KA private key with
 * the recipient's KA public key. ECDH is symmetric, so the checking side uses its own private key
 * with the sender's public key.
 */
public final class GbcsMac {

  private static final byte[] AAD_PREFIX = {0x11, 0, 0, 0, 0, 0};

  private final MessageKeyDerivation kdf;

  public GbcsMac(MessageKeyDerivation kdf) {
    this.kdf = kdf;
  }

  public byte[] compute(GeneralSigningApdu apdu, PrivateKey local, PublicKey peer) {
    return compute(apdu, kdf.sharedSecret(local, peer));
  }

  /** The MAC from the ECDH shared secret of the two parties' KA keys. */
  public byte[] compute(GeneralSigningApdu apdu, byte[] sharedSecret) {
    byte[] aad = aad(apdu);
    return AesGcm.gmac(key(apdu, sharedSecret), MessageKeyDerivation.iv(apdu.originator()), aad, 0, aad.length);
  }

  /** @return false when the message has no MAC or it does not match */
  public boolean verify(GbcsMessage message, PrivateKey local, PublicKey peer) {
    return verify(message, kdf.sharedSecret(local, peer));
  }

  /** @return false when the message has no MAC or it does not match */
  public boolean verify(GbcsMessage message, byte[] sharedSecret) {
    if (message.mac().isEmpty()) {
      return false;
    }
    GeneralSigningApdu apdu = message.apdu();
    byte[] aad = aad(apdu);
    return AesGcm.verifyGmac(key(apdu, sharedSecret), MessageKeyDerivation.iv(apdu.originator()), aad, 0, aad.length,
        message.mac().get().toByteArray());
  }

  /** Wraps an encoded General-Signing APDU (e.g. a User's signed pre-command) unchanged. */
  public byte[] wrap(byte[] apdu, PrivateKey local, PublicKey peer) throws GbcsCodecException {
    return wrap(GbcsCodec.decodeApdu(apdu), local, peer);
  }

  /** The DD message that carries {@code apdu} with its MAC. */
  public byte[] wrap(GeneralSigningApdu apdu, PrivateKey local, PublicKey peer) {
    return GbcsCodec.wrap(apdu, compute(apdu, local, peer));
  }

  /** The DD message that carries {@code apdu} with its MAC, from the parties' shared secret. */
  public byte[] wrap(GeneralSigningApdu apdu, byte[] sharedSecret) {
    return GbcsCodec.wrap(apdu, compute(apdu, sharedSecret));
  }

  private static byte[] key(GeneralSigningApdu apdu, byte[] sharedSecret) {
    return MessageKeyDerivation.key(
        sharedSecret, apdu.originator(), KdfMode.of(apdu.cra()), apdu.originatorCounter(), apdu.recipient());
  }

  private static byte[] aad(GeneralSigningApdu apdu) {
    ByteSlice encoded = apdu.encoded();
    byte[] aad = new byte[AAD_PREFIX.length + encoded.length()];
    System.arraycopy(AAD_PREFIX, 0, aad, 0, AAD_PREFIX.length);
    encoded.copyTo(aad, AAD_PREFIX.length);
    return aad;
  }
}
