package org.dccsim.smki;

import java.time.Instant;

/**
 * The outcome of checking one certificate's validity period at one instant, and whether the policy
 * in force accepts it.
 */
public record CertificateValidity(
    Status status,
    Instant checkedAt,
    Instant notBefore,
    Instant notAfter,
    CertificateValidityPolicy policy) {

  public enum Status {
    VALID,
    NOT_YET_VALID,
    EXPIRED
  }

  /** Whether the period contains the instant checked. */
  public boolean isValid() {
    return status == Status.VALID;
  }

  /** Whether the certificate may be used: it is valid, or the policy only reports. */
  public boolean accepted() {
    return status == Status.VALID || policy == CertificateValidityPolicy.REPORT_ONLY;
  }

  /** E.g. "expired at 2025-10-29T23:59:59Z (checked at 2026-11-28T00:00:00Z)". */
  public String describe() {
    return switch (status) {
      case VALID ->
          "valid from " + notBefore + " to " + notAfter + " (checked at " + checkedAt + ")";
      case NOT_YET_VALID -> "not valid before " + notBefore + " (checked at " + checkedAt + ")";
      case EXPIRED -> "expired at " + notAfter + " (checked at " + checkedAt + ")";
    };
  }
}
