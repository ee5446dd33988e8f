package org.dccsim.smki;

/**
 * A certificate outside its validity period was rejected under {@link
 * CertificateValidityPolicy#ENFORCE}.
 */
public final class CertificateNotValidException extends SmkiException {

  private final transient SmkiCertificate certificate;
  private final CertificateValidity validity;

  public CertificateNotValidException(SmkiCertificate certificate, CertificateValidity validity) {
    super(certificate + " " + validity.describe());
    this.certificate = certificate;
    this.validity = validity;
  }

  public SmkiCertificate certificate() {
    return certificate;
  }

  public CertificateValidity validity() {
    return validity;
  }
}
