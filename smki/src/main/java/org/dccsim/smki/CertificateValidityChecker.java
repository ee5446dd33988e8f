package org.dccsim.smki;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Checks certificates' validity periods against an injected clock, under one policy. RFC 5280: a
 * certificate is valid from notBefore to notAfter, both inclusive.
 */
public final class CertificateValidityChecker {

  private final Clock clock;
  private final CertificateValidityPolicy policy;

  public CertificateValidityChecker(Clock clock, CertificateValidityPolicy policy) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** A checker with the {@linkplain CertificateValidityPolicy#defaultPolicy() default policy}. */
  public CertificateValidityChecker(Clock clock) {
    this(clock, CertificateValidityPolicy.defaultPolicy());
  }

  public CertificateValidityPolicy policy() {
    return policy;
  }

  /** The certificate's status now, and whether the policy accepts it. */
  public CertificateValidity check(SmkiCertificate certificate) {
    Instant now = clock.instant();
    CertificateValidity.Status status;
    if (now.isBefore(certificate.notBefore())) {
      status = CertificateValidity.Status.NOT_YET_VALID;
    } else if (now.isAfter(certificate.notAfter())) {
      status = CertificateValidity.Status.EXPIRED;
    } else {
      status = CertificateValidity.Status.VALID;
    }
    return new CertificateValidity(
        status, now, certificate.notBefore(), certificate.notAfter(), policy);
  }

  /**
   * The certificate's status, when the policy accepts it.
   *
   * @throws CertificateNotValidException when it does not
   */
  public CertificateValidity requireAccepted(SmkiCertificate certificate) {
    CertificateValidity validity = check(certificate);
    if (!validity.accepted()) {
      throw new CertificateNotValidException(certificate, validity);
    }
    return validity;
  }
}
