package org.dccsim.device;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The use cases a device type implements, by message code. Built once per type, shared by all. */
public final class DeviceUseCases<D extends EmulatedDevice> {

  private final Map<Integer, DeviceUseCase<D>> byCode;

  @SafeVarargs
  public DeviceUseCases(DeviceUseCase<D>... useCases) {
    Map<Integer, DeviceUseCase<D>> m = new HashMap<>();
    for (DeviceUseCase<D> u : useCases) {
      if (m.put(u.messageCode(), u) != null) {
        throw new IllegalArgumentException(String.format("two use cases for message code 0x%04X", u.messageCode()));
      }
    }
    this.byCode = Map.copyOf(m);
  }

  public Optional<DeviceUseCase<D>> forCode(int messageCode) {
    return Optional.ofNullable(byCode.get(messageCode));
  }
}
