package org.dccsim.dcc.transform.hub;

import java.util.Set;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.IssueSecurityCredentials;
import org.dccsim.gbcs.asn1.ProvideDeviceCertificate;
import org.dccsim.gbcs.asn1.UpdateDeviceCertificate;

/** The critical use cases on a device's own credentials, all the User's. */
final class DeviceCredentialCommands {

  private DeviceCredentialCommands() {}

  /** 6.17 Issue Security Credentials: CS02c, a new key pair of the CredentialType. */
  static UserCommandTransform issue(Set<DeviceType> types) {
    return new UserCommandTransform("CS02c", types,
        (request, body) -> new IssueSecurityCredentials.Command(CredentialValues.credentialType(body)).toDer());
  }

  /** 6.15.2 Update Security Credentials (Device): CS02d, the payload is the device certificate. */
  static UserCommandTransform updateCertificate(Set<DeviceType> types) {
    return new UserCommandTransform("CS02d", types, (request, body) ->
        new UpdateDeviceCertificate.Command(CredentialValues.certificate(body, "DeviceCertificate")).toDer());
  }

  /** 6.24.2 Retrieve Device Security Credentials (Device): CS02e, the certificate of the CredentialType. */
  static UserCommandTransform provideCertificate(Set<DeviceType> types) {
    return new UserCommandTransform("CS02e", types,
        (request, body) -> new ProvideDeviceCertificate.Command(CredentialValues.credentialType(body)).toDer());
  }
}
