package org.dccsim.smki.pki;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.crypto.EcKeys;

/**
 * Device key pairs derived from a master secret instead of generated and stored, so that a
 * population of millions of devices costs no key generation at start-up and no storage: the
 * private scalar of a device's DS or KA key is HMAC-SHA256(master, label ‖ EUI-64 ‖ usage), reduced
 * into [1, n−1]. The master secret comes from the Device CA's private key, so a data directory
 * gives the same device keys on every run, and nobody without that key can compute them.
 *
 * <p>Deriving a private key costs one HMAC and a key object (microseconds); its public key one
 * fixed-base scalar multiplication.
 */
public final class DeviceKeyDerivation {

  private static final byte[] MASTER_LABEL = "dccsim device key master v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] KEY_LABEL = "dccsim device key v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CERTIFICATE_LABEL = "dccsim device certificate v1".getBytes(StandardCharsets.US_ASCII);
  private static final BigInteger N_MINUS_ONE = EcKeys.order().subtract(BigInteger.ONE);

  private final byte[] master;

  private DeviceKeyDerivation(byte[] master) {
    this.master = master;
  }

  /** The derivation whose master secret is an HMAC-SHA256 of the Device CA's private scalar. */
  public static DeviceKeyDerivation fromDeviceCa(PrivateKey deviceCaKey) {
    if (!(deviceCaKey instanceof ECPrivateKey ec)) {
      throw new IllegalArgumentException("the Device CA key is not an EC private key");
    }
    byte[] scalar = ec.getS().toByteArray();
    return new DeviceKeyDerivation(hmac(scalar, MASTER_LABEL));
  }

  /** A derivation from a given master secret (tests, benchmarks). */
  public static DeviceKeyDerivation fromMasterSecret(byte[] master) {
    if (master.length < 16) {
      throw new IllegalArgumentException("a master secret of at least 16 bytes is needed");
    }
    return new DeviceKeyDerivation(master.clone());
  }

  /** The private scalar, in [1, n−1]. */
  public BigInteger scalar(Eui64 device, KeyUsage usage) {
    byte[] h = hmac(master, KEY_LABEL, device, usage);
    return new BigInteger(1, h).mod(N_MINUS_ONE).add(BigInteger.ONE);
  }

  public PrivateKey privateKey(Eui64 device, KeyUsage usage) {
    return EcKeys.privateKey(scalar(device, usage));
  }

  /** The seed from which this device's certificate for {@code usage} draws its serial and nonce. */
  byte[] certificateSeed(Eui64 device, KeyUsage usage) {
    return hmac(master, CERTIFICATE_LABEL, device, usage);
  }

  private static byte[] hmac(byte[] key, byte[] label, Eui64 device, KeyUsage usage) {
    byte[] input = new byte[label.length + 9];
    System.arraycopy(label, 0, input, 0, label.length);
    device.writeTo(input, label.length);
    input[label.length + 8] = (byte) usage.ordinal();
    return hmac(key, input);
  }

  private static byte[] hmac(byte[] key, byte[] input) {
    HMac mac = new HMac(new SHA256Digest());
    mac.init(new KeyParameter(key));
    mac.update(input, 0, input.length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return out;
  }
}
