package org.dccsim.gbcs.gbz;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.security.GbcsSecurityException;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.security.SensitivePayloadParties;

/**
 * Encrypts and decrypts the ZCL payload of GBZ components (extended header control bit 02): the
 * ZCL header stays in clear, the payload is a GBCS sensitive payload (AES-GCM, KDF mode 04) keyed
 * by the message's {@link SensitivePayloadParties}. Every encrypted component of one message uses
 * the same key and IV; only the additional header frame counter tells them apart.
 */
public final class GbzComponentCipher {

  private final SensitivePayloadCipher cipher;

  public GbzComponentCipher(SensitivePayloadCipher cipher) {
    this.cipher = cipher;
  }

  /**
   * The typed command of an encrypted component.
   *
   * @param local the recipient's KA private key
   * @param peer the originator's (device's) KA public key
   */
  public ZclCommand decrypt(GbzComponent component, SensitivePayloadParties parties, PrivateKey local, PublicKey peer)
      throws GbcsCodecException, GbcsSecurityException {
    if (!(component.content() instanceof GbzComponent.Encrypted e)) {
      throw new IllegalArgumentException("component of cluster " + component.clusterId() + " is not encrypted");
    }
    byte[] plain = cipher.decrypt(
        e.cipheredInformation(), parties.originator(), parties.counter(), parties.recipient(), local, peer);
    return ZclCommandCodec.decode(component.clusterId(), component.header(), ByteSlice.copyOf(plain));
  }

  /**
   * An encrypted component carrying {@code command}.
   *
   * @param local the originator's (device's) KA private key
   * @param peer the recipient's KA public key
   */
  public GbzComponent encrypt(
      int clusterId, ZclHeader header, ZclCommand command, int frameCounter, SensitivePayloadParties parties,
      PrivateKey local, PublicKey peer) {
    if (!header.announces(command)) {
      throw new IllegalArgumentException("header " + header + " does not announce " + command);
    }
    byte[] sealed = cipher.encrypt(
        ZclCommandCodec.encode(command), parties.originator(), parties.counter(), parties.recipient(), local, peer);
    return new GbzComponent(clusterId, Optional.empty(), header,
        new GbzComponent.Encrypted(frameCounter, ByteSlice.copyOf(sealed)));
  }

  /**
   * As {@link #encrypt(int, ZclHeader, ZclCommand, int, SensitivePayloadParties, PrivateKey,
   * PublicKey)}, from the parties' ECDH shared secret (an emulated device keeps one per trust
   * anchor instead of key objects).
   */
  public GbzComponent encrypt(
      int clusterId, ZclHeader header, ZclCommand command, int frameCounter, SensitivePayloadParties parties,
      byte[] sharedSecret) {
    if (!header.announces(command)) {
      throw new IllegalArgumentException("header " + header + " does not announce " + command);
    }
    byte[] sealed = cipher.encrypt(
        ZclCommandCodec.encode(command), parties.originator(), parties.counter(), parties.recipient(), sharedSecret);
    return new GbzComponent(clusterId, Optional.empty(), header,
        new GbzComponent.Encrypted(frameCounter, ByteSlice.copyOf(sealed)));
  }
}
