package org.dccsim.device.common;

import java.security.PublicKey;
import java.util.Optional;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.UpdateDeviceCertificate;
import org.dccsim.gbcs.asn1.UpdateDeviceCertificate.ResponseCode;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.crypto.EcKeys;

/**
 * CS02d Update Device Certificate on Device: the certificate for the key pair a CS02c generated.
 * The device checks it names this device, carries exactly one of the two key usages, and holds the
 * public key of the pending pair; then it uses that pair from now on (responses and alerts are
 * signed, or MACs agreed, with it) and reports this certificate.
 */
final class UpdateDeviceCertificateUseCase extends DerUseCase<UpdateDeviceCertificate.Command> {

  static final int MESSAGE_CODE = 0x000B;

  UpdateDeviceCertificateUseCase() {
    super(MESSAGE_CODE, UpdateDeviceCertificate.Command.class);
  }

  @Override
  byte[] answer(EmulatedDevice device, UpdateDeviceCertificate.Command request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    ResponseCode code = update(device, request, services);
    // signed with the key in use when the command came, like the response to any critical command
    byte[] response = device.respond(command, new UpdateDeviceCertificate.Response(code).toDer(), Optional.empty(),
        services);
    if (code == ResponseCode.SUCCESS) {
      device.common().credentials().activatePending(usageOf(request), request.certificate().der().toByteArray());
      if (usageOf(request) == KeyUsage.KEY_AGREEMENT) {
        device.forgetSharedSecrets();
      }
    }
    return response;
  }

  private static ResponseCode update(EmulatedDevice device, UpdateDeviceCertificate.Command request,
      DeviceServices services) {
    Optional<ResponseCode> fault = CommonFaults.useCaseCode(device, MESSAGE_CODE, ResponseCode.values());
    if (fault.isPresent()) {
      return fault.get();
    }
    Optional<OwnCertificates.Offered> offered = OwnCertificates.Offered.read(request.certificate());
    if (offered.isEmpty()) {
      return ResponseCode.INVALID_CERTIFICATE;
    }
    if (!offered.get().device().map(device.id()::equals).orElse(false)) {
      return ResponseCode.WRONG_DEVICE_IDENTITY;
    }
    if (offered.get().usage().isEmpty()) {
      return ResponseCode.INVALID_KEY_USAGE;
    }
    KeyUsage usage = offered.get().usage().get();
    int pending = device.common().credentials().pending(usage);
    if (pending == 0) {
      return ResponseCode.NO_CORRESPONDING_KEY_PAIR_GENERATED;
    }
    PublicKey expected = EcKeys.publicKey(
        KeyGenerations.scalar(services.keyring().privateKey(device.id(), usage), usage, pending));
    return OwnCertificates.sameKey(expected, offered.get().publicKey()) ? ResponseCode.SUCCESS
        : ResponseCode.WRONG_PUBLIC_KEY;
  }

  private static KeyUsage usageOf(UpdateDeviceCertificate.Command request) {
    return OwnCertificates.Offered.read(request.certificate()).orElseThrow().usage().orElseThrow();
  }
}
