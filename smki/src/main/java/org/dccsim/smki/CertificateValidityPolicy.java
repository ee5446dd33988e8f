package org.dccsim.smki;

/**
 * What to do with a certificate outside its validity period. The public ZAZ1 test certificates that
 * DCC Boxed users sign with expired in 2025–2026, so the default only reports.
 */
public enum CertificateValidityPolicy {
  /** Reject a certificate that is not yet valid or has expired. */
  ENFORCE,
  /** Accept it, but say so in the result, so that the caller can log or count it. */
  REPORT_ONLY;

  /** {@link #REPORT_ONLY}: clients of DCC Boxed must keep working with the expired ZAZ1 set. */
  public static CertificateValidityPolicy defaultPolicy() {
    return REPORT_ONLY;
  }
}
