package org.dccsim.device;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The use cases a device type implements, by message code. Built once per type and shared by all
 * its devices. A use case written for any device ({@code DeviceUseCase<EmulatedDevice>}, e.g. a
 * credentials update) can serve a type next to the type's own.
 */
public final class DeviceUseCases<D extends EmulatedDevice> {

  private final Map<Integer, DeviceUseCase<? super D>> byCode;

  @SafeVarargs
  public DeviceUseCases(DeviceUseCase<? super D>... useCases) {
    this(List.of(useCases));
  }

  public DeviceUseCases(List<? extends DeviceUseCase<? super D>> useCases) {
    Map<Integer, DeviceUseCase<? super D>> m = new HashMap<>();
    for (DeviceUseCase<? super D> u : useCases) {
      if (m.put(u.messageCode(), u) != null) {
        throw new IllegalArgumentException(String.format("two use cases for message code 0x%04X", u.messageCode()));
      }
    }
    this.byCode = Map.copyOf(m);
  }

  public Optional<DeviceUseCase<? super D>> forCode(int messageCode) {
    return Optional.ofNullable(byCode.get(messageCode));
  }

  /** How many use cases. */
  public int size() {
    return byCode.size();
  }
}
