package org.dccsim.device.common;

import java.util.Optional;
import java.util.OptionalInt;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.ProvideDeviceCertificate;
import org.dccsim.gbcs.asn1.ProvideDeviceCertificate.Failure;
import org.dccsim.smki.KeyUsage;

/** CS02e Provide Device Certificate from Device: the certificate of the device's key pair of a usage. */
final class ProvideDeviceCertificateUseCase extends DerUseCase<ProvideDeviceCertificate.Command> {

  static final int MESSAGE_CODE = 0x000C;

  ProvideDeviceCertificateUseCase() {
    super(MESSAGE_CODE, ProvideDeviceCertificate.Command.class);
  }

  @Override
  byte[] answer(EmulatedDevice device, ProvideDeviceCertificate.Command request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    return device.respond(command, provide(device, request, services).toDer(), Optional.empty(), services);
  }

  private static ProvideDeviceCertificate.Response provide(EmulatedDevice device,
      ProvideDeviceCertificate.Command request, DeviceServices services) {
    OptionalInt fault = CommonFaults.useCase(device, MESSAGE_CODE);
    if (fault.isPresent()) {
      for (Failure f : Failure.values()) {
        if (f.code() == fault.getAsInt()) {
          return ProvideDeviceCertificate.Response.failed(f);
        }
      }
      return ProvideDeviceCertificate.Response.failed(Failure.CERTIFICATE_RETRIEVAL_FAILURE);
    }
    Optional<KeyUsage> usage = request.keyUsage().smkiUsage();
    if (usage.isEmpty()) {
      return ProvideDeviceCertificate.Response.failed(Failure.INVALID_KEY_USAGE);
    }
    Optional<EncodedCertificate> held = OwnCertificates.certificate(device, usage.get(), services);
    return held.map(ProvideDeviceCertificate.Response::provided)
        .orElseGet(() -> ProvideDeviceCertificate.Response.failed(Failure.NO_CERTIFICATE_HELD));
  }
}
