package org.dccsim.device.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.gbcs.asn1.TrustAnchorCellIdentifier;
import org.dccsim.gbcs.asn1.TrustAnchorStatus;
import org.dccsim.smki.RemotePartyRole;

/**
 * Faults injected into the shared use cases of one device: a use case that answers with an error
 * code instead of doing its work (CS02c "CR production failed", CS07 "read failure", ...), a trust
 * anchor cell whose replacement fails with a status (CS02b/CS02g), a remote party role whose
 * credential details cannot be read (CS02a/CS02f). This is how the RTDS ERROR scenarios that no
 * state explains are reproduced, and how a User tests its handling of failures a lab cannot
 * provoke. Kept on the device only once a fault is set.
 */
public final class CommonFaults {

  private final Map<Integer, Integer> useCases = new HashMap<>(2);
  private final Map<TrustAnchorCellIdentifier, TrustAnchorStatus> cells = new HashMap<>(2);
  private final Map<RemotePartyRole, TrustAnchorStatus> roles = new HashMap<>(2);

  CommonFaults() {}

  /**
   * Makes the use case of {@code messageCode} answer with {@code resultCode} (its GBCS response
   * code: e.g. 3 for CS02c CR production failed, 1 for CS07 read failure) without doing anything.
   */
  public static void failUseCase(EmulatedDevice device, int messageCode, int resultCode) {
    synchronized (device) {
      device.common().faults().useCases.put(messageCode, resultCode);
    }
  }

  /** Makes the replacement of one trust anchor cell fail with {@code status}, the cell unchanged. */
  public static void failCell(EmulatedDevice device, TrustAnchorCellIdentifier cell, TrustAnchorStatus status) {
    synchronized (device) {
      device.common().faults().cells.put(cell, status);
    }
  }

  /** Makes the credential details of a role unreadable: reported with {@code status} and nothing else. */
  public static void failRole(EmulatedDevice device, RemotePartyRole role, TrustAnchorStatus status) {
    synchronized (device) {
      device.common().faults().roles.put(role, status);
    }
  }

  /** Removes every fault of the shared use cases from the device. */
  public static void clear(EmulatedDevice device) {
    synchronized (device) {
      CommonState c = device.commonIfPresent();
      if (c != null) {
        c.faults = null;
      }
    }
  }

  static OptionalInt useCase(EmulatedDevice device, int messageCode) {
    CommonFaults f = of(device);
    Integer code = f == null ? null : f.useCases.get(messageCode);
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /**
   * The fault injected on a use case whose response is a code of {@code codes} (a device log or
   * firmware outcome): the code of that number, or the last one for a number beyond them.
   */
  static <E extends Enum<E>> Optional<E> useCaseCode(EmulatedDevice device, int messageCode, E[] codes) {
    OptionalInt fault = useCase(device, messageCode);
    return fault.isPresent() ? Optional.of(codes[Math.min(fault.getAsInt(), codes.length - 1)]) : Optional.empty();
  }

  static TrustAnchorStatus cell(EmulatedDevice device, TrustAnchorCellIdentifier cell) {
    CommonFaults f = of(device);
    return f == null ? null : f.cells.get(cell);
  }

  static TrustAnchorStatus role(EmulatedDevice device, RemotePartyRole role) {
    CommonFaults f = of(device);
    return f == null ? null : f.roles.get(role);
  }

  private static CommonFaults of(EmulatedDevice device) {
    CommonState c = device.commonIfPresent();
    return c == null ? null : c.faults;
  }
}
