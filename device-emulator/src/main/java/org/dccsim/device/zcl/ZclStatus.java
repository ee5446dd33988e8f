package org.dccsim.device.zcl;

/** The ZCL status codes GBCS devices answer with (ZCL 2.5.3), and which of them stop a message. */
public final class ZclStatus {

  public static final int SUCCESS = 0x00;
  public static final int FAILURE = 0x01;
  public static final int NOT_AUTHORIZED = 0x7E;
  public static final int UNSUP_CLUSTER_COMMAND = 0x81;
  public static final int INVALID_FIELD = 0x85;
  public static final int UNSUPPORTED_ATTRIBUTE = 0x86;
  public static final int INVALID_VALUE = 0x87;
  public static final int READ_ONLY = 0x88;
  public static final int NOT_FOUND = 0x8B;
  public static final int HARDWARE_FAILURE = 0xC0;
  public static final int SOFTWARE_FAILURE = 0xC1;

  /** The command id a Default Response names for a component the device did not execute. */
  public static final int NOT_EXECUTED_COMMAND = 0xFF;

  private ZclStatus() {}

  /**
   * Whether a component that ended with {@code status} stops the rest of its message: GBCS
   * devices answer every later component with a Default Response (FF, FAILURE), as the RTDS
   * error scenarios show; "not found" is an answer, not a failure.
   */
  public static boolean stopsMessage(int status) {
    return status != SUCCESS && status != NOT_FOUND;
  }
}
