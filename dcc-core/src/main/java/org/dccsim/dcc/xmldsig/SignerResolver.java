package org.dccsim.dcc.xmldsig;

import java.util.Optional;

/**
 * Finds the certificate a signature cites. Implemented over the SMKI repository; whether expired
 * certificates still resolve is the implementation's policy (the public test PKI is expired).
 */
@FunctionalInterface
public interface SignerResolver {

  /** @return empty when no certificate with that issuer and serial is known */
  Optional<Signer> resolve(X509IssuerSerial citedCertificate);
}
