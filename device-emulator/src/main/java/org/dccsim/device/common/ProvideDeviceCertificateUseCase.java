package org.dccsim.device.common;

import java.util.Optional;
import java.util.OptionalInt;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.ProvideDeviceCertificate;
import org.dccsim.gbcs.asn1.ProvideDeviceCertificate.Failure;
import org.dccsim.smki.KeyUsage;

/** CS02e Provide Device Certificate from Device: the certificate of the device's key pair of a usage. */
final class ProvideDeviceCertificateUseCase implements DeviceUseCase<EmulatedDevice> {

  static final int MESSAGE_CODE = 0x000C;

  @Override
  public int messageCode() {
    return MESSAGE_CODE;
  }

  @Override
  public byte[] execute(EmulatedDevice device, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    ProvideDeviceCertificate.Command request = DerCommands.parse(command, ProvideDeviceCertificate.Command.class);
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
