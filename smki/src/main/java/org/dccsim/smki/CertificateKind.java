package org.dccsim.smki;

/** The three kinds of certificate in the SMKI. */
public enum CertificateKind {
  /** Subject carries OU = role and x500UniqueIdentifier = the organisation's EUI-64. */
  ORGANISATION,
  /** Empty subject; the EUI-64 is the hwSerialNum of a hardwareModuleName in the SAN. */
  DEVICE,
  /** Root, Organisation CA or Device CA: basicConstraints cA, or keyCertSign. */
  CERTIFICATE_AUTHORITY
}
