package org.dccsim.device.common;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.crypto.EcKeys;

/**
 * The key pairs a device generates when asked to (CS02c), derived rather than drawn at random so
 * that a device keeps nothing but a generation number: generation n of a usage is the scalar
 * HMAC-SHA256(original scalar, label ‖ usage ‖ n) reduced into [1, n−1], where the original is the
 * keyring's key. Only the device's own original key opens the chain, so nobody without it can
 * compute a later generation.
 */
final class KeyGenerations {

  private static final byte[] LABEL = "dccsim device key generation v1".getBytes(StandardCharsets.US_ASCII);
  private static final BigInteger N_MINUS_ONE = EcKeys.order().subtract(BigInteger.ONE);

  private KeyGenerations() {}

  /** The scalar of generation {@code generation} (≥ 1) of the key pair whose original is {@code original}. */
  static BigInteger scalar(PrivateKey original, KeyUsage usage, int generation) {
    if (generation < 1) {
      throw new IllegalArgumentException("generation 0 is the original key; later ones start at 1");
    }
    if (!(original instanceof ECPrivateKey ec)) {
      throw new IllegalArgumentException("a device key is an EC private key");
    }
    byte[] d = ec.getS().toByteArray();
    HMac mac = new HMac(new SHA256Digest());
    mac.init(new KeyParameter(d));
    mac.update(LABEL, 0, LABEL.length);
    mac.update((byte) usage.ordinal());
    mac.update((byte) (generation >>> 24));
    mac.update((byte) (generation >>> 16));
    mac.update((byte) (generation >>> 8));
    mac.update((byte) generation);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return new BigInteger(1, out).mod(N_MINUS_ONE).add(BigInteger.ONE);
  }

  static PrivateKey privateKey(PrivateKey original, KeyUsage usage, int generation) {
    return generation == 0 ? original : EcKeys.privateKey(scalar(original, usage, generation));
  }
}
