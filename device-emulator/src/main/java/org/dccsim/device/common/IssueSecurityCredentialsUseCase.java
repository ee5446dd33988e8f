package org.dccsim.device.common;

import java.util.Optional;
import java.util.OptionalInt;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.asn1.IssueSecurityCredentials;
import org.dccsim.gbcs.asn1.IssueSecurityCredentials.Failure;
import org.dccsim.smki.KeyUsage;

/**
 * CS02c Issue Security Credentials: the device generates a new key pair of the usage asked for
 * (the next {@link KeyGenerations generation}) and answers with a certification request signed by
 * it. The new pair stays pending, the old one in use, until a CS02d brings its certificate.
 */
final class IssueSecurityCredentialsUseCase extends DerUseCase<IssueSecurityCredentials.Command> {

  static final int MESSAGE_CODE = 0x000A;

  IssueSecurityCredentialsUseCase() {
    super(MESSAGE_CODE, IssueSecurityCredentials.Command.class);
  }

  @Override
  byte[] answer(EmulatedDevice device, IssueSecurityCredentials.Command request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    IssueSecurityCredentials.Response response = issue(device, request, services);
    return device.respond(command, response.toDer(), Optional.empty(), services);
  }

  private static IssueSecurityCredentials.Response issue(EmulatedDevice device,
      IssueSecurityCredentials.Command request, DeviceServices services) {
    OptionalInt fault = CommonFaults.useCase(device, MESSAGE_CODE);
    if (fault.isPresent()) {
      return IssueSecurityCredentials.Response.failed(failure(fault.getAsInt()));
    }
    Optional<KeyUsage> usage = request.keyUsage().smkiUsage();
    if (usage.isEmpty()) {
      return IssueSecurityCredentials.Response.failed(Failure.INVALID_KEY_USAGE);
    }
    int generation = device.common().credentials().generate(usage.get());
    var key = KeyGenerations.privateKey(
        services.keyring().privateKey(device.id(), usage.get()), usage.get(), generation);
    return IssueSecurityCredentials.Response.issued(OwnCertificates.request(device.id(), usage.get(), key));
  }

  private static Failure failure(int code) {
    for (Failure f : Failure.values()) {
      if (f.code() == code) {
        return f;
      }
    }
    return Failure.CR_PRODUCTION_FAILED;
  }
}
