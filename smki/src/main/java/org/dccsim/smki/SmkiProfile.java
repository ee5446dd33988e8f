package org.dccsim.smki;

import java.time.Instant;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Identifiers and constants of the SMKI certificate profiles (GBCS section 12; values as seen in
 * the public ZAZ1 and RTDS test certificates).
 */
public final class SmkiProfile {

  private SmkiProfile() {}

  /** x500UniqueIdentifier: the organisation's EUI-64 as a BIT STRING in the subject. */
  public static final ASN1ObjectIdentifier X500_UNIQUE_IDENTIFIER =
      new ASN1ObjectIdentifier("2.5.4.45");

  /** id-on-hardwareModuleName (RFC 4108): the otherName in a device certificate's SAN. */
  public static final ASN1ObjectIdentifier HARDWARE_MODULE_NAME =
      new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.4");

  /** hwType of every SMKI device's hardwareModuleName. */
  public static final ASN1ObjectIdentifier DEVICE_HW_TYPE =
      new ASN1ObjectIdentifier("1.2.826.0.1.8641679.1.2.2.1");

  /** certificatePolicies of the ZAZ1 test organisation certificates. */
  public static final ASN1ObjectIdentifier ORGANISATION_POLICY =
      new ASN1ObjectIdentifier("1.2.826.0.1.8641679.1.2.1.4");

  /**
   * certificatePolicies of the RTDS device certificates. Whether this is the policy of the real
   * SMKI test environment is unknown; it is what GBCS test tooling has seen.
   */
  public static final ASN1ObjectIdentifier DEVICE_POLICY =
      new ASN1ObjectIdentifier("1.2.826.0.1.1800000.1.2.1.4");

  /** Device certificates do not expire: notAfter is GeneralizedTime 99991231235959Z. */
  public static final Instant DEVICE_NOT_AFTER = Instant.parse("9999-12-31T23:59:59Z");

  /** Organisation certificates are valid for ten years (less one second, as in ZAZ1). */
  public static final int ORGANISATION_VALIDITY_YEARS = 10;

  /** Serials are 16-byte positive integers; key identifiers are 8 bytes (RFC 5280 method 2). */
  public static final int SERIAL_LENGTH = 16;

  public static final int KEY_IDENTIFIER_LENGTH = 8;
}
