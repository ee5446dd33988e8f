package org.dccsim.dcc.xmldsig;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The certificate a DUIS signature cites in KeyInfo/X509Data/X509IssuerSerial: issuer name as
 * written (RFC 2253, e.g. "CN=Z1,OU=07") and the decimal serial number. DUIS embeds no
 * certificate; the receiver looks this pair up in SMKI.
 */
public record X509IssuerSerial(String issuerName, BigInteger serialNumber) {

  public X509IssuerSerial {
    Objects.requireNonNull(issuerName, "issuerName");
    Objects.requireNonNull(serialNumber, "serialNumber");
  }

  @Override
  public String toString() {
    return issuerName + " serial " + serialNumber;
  }
}
