package org.dccsim.smki.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.jcajce.provider.asymmetric.ec.BCECPrivateKey;
import org.bouncycastle.jcajce.provider.asymmetric.ec.BCECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/** P-256 key generation and decoding, always through BouncyCastle. */
public final class EcKeys {

  private static final ThreadLocal<KeyFactory> FACTORY =
      ThreadLocal.withInitial(
          () -> {
            try {
              return KeyFactory.getInstance("EC", CryptoProvider.bouncyCastle());
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException(e);
            }
          });

  private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
  private static final BigInteger P256_GX = P256.getG().getAffineXCoord().toBigInteger();
  private static final org.bouncycastle.jce.spec.ECNamedCurveParameterSpec P256_SPEC =
      org.bouncycastle.jce.ECNamedCurveTable.getParameterSpec("secp256r1");
  /** P-256 with the base point of {@link #P256}, whose precomputed multiples every key here shares. */
  private static final ECNamedDomainParameters P256_DOMAIN = new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, P256);

  private EcKeys() {}

  public static KeyPair generate(SecureRandom random) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", CryptoProvider.bouncyCastle());
      g.initialize(new ECGenParameterSpec("secp256r1"), random);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new CryptoException("P-256 key generation failed", e);
    }
  }

  public static PrivateKey privateKeyFromPkcs8(byte[] der) {
    try {
      return FACTORY.get().generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("not a PKCS#8 EC private key", e);
    }
  }

  public static PublicKey publicKeyFromSpki(byte[] der) {
    try {
      return FACTORY.get().generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("not an EC SubjectPublicKeyInfo", e);
    }
  }

  /** True when the key lies on P-256 (not merely on some EC curve). */
  public static boolean isP256(ECKey key) {
    return key.getParams().getOrder().equals(P256.getN())
        && key.getParams().getGenerator().getAffineX().equals(P256_GX);
  }

  /**
   * The public point d·G of a P-256 private key. Costs one fixed-base scalar multiplication; used
   * to pair private keys with certificates, never per message.
   *
   * @throws CryptoException when the key is not a P-256 private key
   */
  public static ECPoint publicPoint(PrivateKey key) {
    if (!(key instanceof ECPrivateKey ec) || !isP256(ec)) {
      throw new CryptoException("not a P-256 private key: " + key.getAlgorithm());
    }
    org.bouncycastle.math.ec.ECPoint q =
        new FixedPointCombMultiplier().multiply(P256.getG(), ec.getS()).normalize();
    return new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
  }

  /**
   * The P-256 private key with scalar {@code d} (1 ≤ d < n), as a BouncyCastle key with the named
   * curve, as certificates and PKCS#8 files carry it.
   *
   * <p>Keys made here share one set of domain parameters, and with it the base point's
   * precomputed multiples: a key built through the KeyFactory gets a base point of its own, so
   * its first signature pays about a millisecond of precomputation, which a population deriving a
   * key per signature (see DeviceKeyDerivation) would pay on every one.
   */
  public static PrivateKey privateKey(BigInteger d) {
    if (d.signum() <= 0 || d.compareTo(P256.getN()) >= 0) {
      throw new CryptoException("not a P-256 private scalar");
    }
    return new BCECPrivateKey("EC", new ECPrivateKeyParameters(d, P256_DOMAIN), null, P256_SPEC,
        BouncyCastleProvider.CONFIGURATION);
  }

  /**
   * The public key d·G of {@link #privateKey(BigInteger)}: one fixed-base scalar multiplication;
   * its domain parameters shared as for {@link #privateKey(BigInteger)}.
   */
  public static PublicKey publicKey(BigInteger d) {
    org.bouncycastle.math.ec.ECPoint q = new FixedPointCombMultiplier().multiply(P256.getG(), d).normalize();
    return new BCECPublicKey("EC", new ECPublicKeyParameters(q, P256_DOMAIN), P256_SPEC,
        BouncyCastleProvider.CONFIGURATION);
  }

  /** The order n of P-256's base point. */
  public static BigInteger order() {
    return P256.getN();
  }

  /** True when the private key is the one whose public point the public key carries. */
  public static boolean isPair(PrivateKey privateKey, PublicKey publicKey) {
    return publicKey instanceof ECPublicKey pub
        && isP256(pub)
        && publicPoint(privateKey).equals(pub.getW());
  }
}
