package org.dccsim.device.common;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceUseCase;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.asn1.CredentialsReplacementMode;

/**
 * The use cases several device types share, written once: security credentials (CS02a–g), joins
 * (CS03, CS04, CS07), firmware activation and version (CS06, CS08). A device type puts
 * {@link #forType} next to its own use cases in its {@code DeviceUseCases} table.
 *
 * <p>[?] Which types answer which: the RTDS 4.5.0 devices where it shows them, and where it does
 * not, GBCS as dccsim reads it: every device with SMKI credentials (all but the IHD) answers the
 * credentials use cases, the load controller's (CS02g) only the ESME; joins by the methods
 * {@link JoinDeviceUseCase} lists; firmware activation on the WAN-facing devices (ESME, GSME, CHF,
 * GPF); the firmware version read on the PPMID and HCALCS.
 */
public final class CommonUseCases {

  private CommonUseCases() {}

  /** The shared use cases a device of {@code type} answers; none for the IHD. */
  public static List<DeviceUseCase<EmulatedDevice>> forType(DeviceType type) {
    List<DeviceUseCase<EmulatedDevice>> u = new ArrayList<>();
    if (type == DeviceType.IHD) {
      return List.of();
    }
    u.add(new ProvideSecurityCredentialDetailsUseCase(ProvideSecurityCredentialDetailsUseCase.CS02A));
    u.add(new ProvideSecurityCredentialDetailsUseCase(ProvideSecurityCredentialDetailsUseCase.CS02F));
    u.add(new IssueSecurityCredentialsUseCase());
    u.add(new UpdateDeviceCertificateUseCase());
    u.add(new ProvideDeviceCertificateUseCase());
    for (CredentialsReplacementMode mode : CredentialsReplacementMode.values()) {
      boolean loadController = mode == CredentialsReplacementMode.LOAD_CONTROLLER_BY_LOAD_CONTROLLER
          || mode == CredentialsReplacementMode.LOAD_CONTROLLER_BY_SUPPLIER;
      if (!loadController || type == DeviceType.ESME) {
        u.add(new UpdateSecurityCredentialsUseCase(mode));
      }
    }
    switch (type) {
      case ESME -> {
        u.add(JoinDeviceUseCase.methodAInitiator());
        u.add(new UnjoinDeviceUseCase(UnjoinDeviceUseCase.CS04AC));
        u.add(new ReadDeviceJoinDetailsUseCase());
        u.add(new ActivateFirmwareUseCase());
      }
      case GSME -> {
        u.add(JoinDeviceUseCase.methodB());
        u.add(JoinDeviceUseCase.methodC());
        u.add(new UnjoinDeviceUseCase(UnjoinDeviceUseCase.CS04AC));
        u.add(new UnjoinDeviceUseCase(UnjoinDeviceUseCase.CS04B));
        u.add(new ReadDeviceJoinDetailsUseCase());
        u.add(new ActivateFirmwareUseCase());
      }
      case GPF, CHF -> u.add(new ActivateFirmwareUseCase());
      case PPMID -> {
        u.add(JoinDeviceUseCase.methodAResponder());
        u.add(JoinDeviceUseCase.methodC());
        u.add(new UnjoinDeviceUseCase(UnjoinDeviceUseCase.CS04AC));
        u.add(new ReadHanDeviceFirmwareVersionUseCase());
      }
      case HCALCS -> {
        u.add(JoinDeviceUseCase.methodAResponder());
        u.add(new UnjoinDeviceUseCase(UnjoinDeviceUseCase.CS04AC));
        u.add(new ReadHanDeviceFirmwareVersionUseCase());
      }
      default -> { }
    }
    return List.copyOf(u);
  }
}
