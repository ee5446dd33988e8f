package org.dccsim.device.dlms;

/**
 * The DLMS data-access-result and action-result codes an emulated device answers with (they share
 * their values). GBCS devices answer a failed access with hardware-fault (1) in every RTDS error
 * scenario, and with other-reason (250) every access not attempted after it under break-on-error.
 */
public final class AccessResult {

  public static final int SUCCESS = 0;
  public static final int HARDWARE_FAULT = 1;
  public static final int TEMPORARY_FAILURE = 2;
  public static final int READ_WRITE_DENIED = 3;
  public static final int OBJECT_UNDEFINED = 4;
  public static final int OBJECT_CLASS_INCONSISTENT = 9;
  public static final int OBJECT_UNAVAILABLE = 11;
  public static final int TYPE_UNMATCHED = 12;
  public static final int SCOPE_OF_ACCESS_VIOLATED = 13;
  public static final int OTHER_REASON = 250;

  private AccessResult() {}

  /** Whether {@code code} is a one-byte result a response can carry. */
  public static boolean isValid(int code) {
    return code >= 0 && code <= 0xFF;
  }
}
