package org.dccsim.gbcs.asn1;

/**
 * A GBCS payload defined in ASN.1 and carried DER-encoded: the security credentials, join and
 * firmware use cases (CS02–CS09, CCS08, GCS28, GCS59, GCS62). Each is a record of its GBCS
 * structure; {@link DerPayloadCodec} decodes them by message code and CRA flag.
 */
public sealed interface DerPayload
    permits DerAlert,
        ProvideSecurityCredentialDetails.Command,
        ProvideSecurityCredentialDetails.Response,
        UpdateSecurityCredentials.Command,
        UpdateSecurityCredentials.Response,
        IssueSecurityCredentials.Command,
        IssueSecurityCredentials.Response,
        UpdateDeviceCertificate.Command,
        UpdateDeviceCertificate.Response,
        ProvideDeviceCertificate.Command,
        ProvideDeviceCertificate.Response,
        JoinDevice.Command,
        JoinDevice.Response,
        UnjoinDevice.Command,
        UnjoinDevice.Response,
        ActivateFirmware.Command,
        ActivateFirmware.Response,
        ReadDeviceJoinDetails.Command,
        ReadDeviceJoinDetails.Response,
        PpmidHcalcsFirmware.ReadCommand,
        PpmidHcalcsFirmware.ReadResponse,
        SetTime.Command,
        SetTime.Response,
        GpfDeviceLog.RestoreCommand,
        GpfDeviceLog.RestoreResponse {

  /** The DER encoding, as the payload of a GBCS message. */
  default byte[] toDer() {
    return toDer(DerLengthForm.DER);
  }

  /** The encoding with lengths in the given form (see {@link DerLengthForm}). */
  byte[] toDer(DerLengthForm form);
}
