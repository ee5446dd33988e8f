package org.dccsim.device.common;

import java.util.Optional;
import java.util.Set;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.device.security.VerifiedCommand;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.EncodedCertificate;
import org.dccsim.gbcs.asn1.GbcsDeviceType;
import org.dccsim.gbcs.asn1.JoinDevice;
import org.dccsim.gbcs.asn1.JoinDevice.Method;
import org.dccsim.gbcs.asn1.JoinDevice.ResponseCode;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;

/**
 * CS03 Join Device, one instance per message code (A1 meter side, A2 non-meter side, B, C): puts
 * the other device in this device's device log, so that the two may talk over the HAN. Checked in
 * order: the join method and role belong to the message code; this device type may join that
 * other device type by that method [?: GBCS's table as dccsim reads it: an ESME initiates method A
 * with a PPMID, HCALCS or Type 2 device; a PPMID or HCALCS responds to an ESME; a GSME joins its GPF
 * by method B and a PPMID by method C, and a PPMID a GSME by method C]; a method C join carries the
 * other device's key agreement certificate; an existing entry for the device has the same type; the
 * log has room.
 */
final class JoinDeviceUseCase extends DerUseCase<JoinDevice.Command> {

  static final int CS03A1 = 0x000D;
  static final int CS03A2 = 0x00AB;
  static final int CS03B = 0x000E;
  static final int CS03C = 0x00AF;

  private final Method method;

  private JoinDeviceUseCase(int messageCode, Method method) {
    super(messageCode, JoinDevice.Command.class);
    this.method = method;
  }

  static JoinDeviceUseCase methodAInitiator() {
    return new JoinDeviceUseCase(CS03A1, Method.METHOD_A_INITIATOR);
  }

  static JoinDeviceUseCase methodAResponder() {
    return new JoinDeviceUseCase(CS03A2, Method.METHOD_A_RESPONDER);
  }

  static JoinDeviceUseCase methodB() {
    return new JoinDeviceUseCase(CS03B, Method.METHOD_B);
  }

  static JoinDeviceUseCase methodC() {
    return new JoinDeviceUseCase(CS03C, Method.METHOD_C);
  }

  @Override
  byte[] answer(EmulatedDevice device, JoinDevice.Command request, VerifiedCommand command, DeviceServices services)
      throws CommandRejected {
    ResponseCode code = join(device, request);
    return device.respond(command, new JoinDevice.Response(code).toDer(), Optional.empty(), services);
  }

  private ResponseCode join(EmulatedDevice device, JoinDevice.Command request) {
    Optional<ResponseCode> fault = CommonFaults.useCaseCode(device, messageCode(), ResponseCode.values());
    if (fault.isPresent()) {
      return fault.get();
    }
    if (request.method() != method) {
      return ResponseCode.INVALID_MESSAGE_CODE_FOR_JOIN_METHOD_AND_ROLE;
    }
    if (!partners(device.type(), method).contains(request.otherDeviceType())) {
      return ResponseCode.INVALID_JOIN_METHOD_AND_ROLE;
    }
    byte[] certificate = null;
    if (method == Method.METHOD_C) {
      Optional<EncodedCertificate> offered = request.otherDeviceKeyAgreementCertificate();
      if (offered.isEmpty() || !isKeyAgreementCertificateOf(offered.get(), request.otherDeviceId())) {
        return ResponseCode.INVALID_OR_MISSING_CERTIFICATE;
      }
      certificate = offered.get().der().toByteArray();
    }
    DeviceLog log = device.common().deviceLog();
    int existing = log.indexOf(request.otherDeviceId());
    if (existing >= 0 && log.type(existing) != request.otherDeviceType()) {
      return ResponseCode.INCOMPATIBLE_WITH_EXISTING_ENTRY;
    }
    if (existing < 0 && log.size() >= DeviceLog.CAPACITY) {
      return ResponseCode.DEVICE_LOG_FULL;
    }
    log.put(request.otherDeviceId(), request.otherDeviceType(), certificate);
    return ResponseCode.SUCCESS;
  }

  /** The device types a device of type {@code self} may join by {@code method}. */
  static Set<GbcsDeviceType> partners(DeviceType self, Method method) {
    return switch (self) {
      case ESME -> method == Method.METHOD_A_INITIATOR
          ? Set.of(GbcsDeviceType.PPMID, GbcsDeviceType.HCALCS, GbcsDeviceType.TYPE_2) : Set.of();
      case GSME -> method == Method.METHOD_B ? Set.of(GbcsDeviceType.GPF)
          : method == Method.METHOD_C ? Set.of(GbcsDeviceType.PPMID) : Set.of();
      case PPMID -> method == Method.METHOD_A_RESPONDER ? Set.of(GbcsDeviceType.ESME)
          : method == Method.METHOD_C ? Set.of(GbcsDeviceType.GSME) : Set.of();
      case HCALCS -> method == Method.METHOD_A_RESPONDER ? Set.of(GbcsDeviceType.ESME) : Set.of();
      default -> Set.of();
    };
  }

  /** A device certificate names its device in the subject alternative name (hwSerialNum), not the subject. */
  private static boolean isKeyAgreementCertificateOf(EncodedCertificate certificate, Eui64 device) {
    return OwnCertificates.Offered.read(certificate)
        .filter(c -> c.usage().equals(Optional.of(KeyUsage.KEY_AGREEMENT)) && c.device().equals(Optional.of(device)))
        .isPresent();
  }
}
