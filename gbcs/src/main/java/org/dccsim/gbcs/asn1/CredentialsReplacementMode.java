package org.dccsim.gbcs.asn1;

/**
 * Who replaces whose credentials in a CS02b / CS02g Update Security Credentials command (GBCS
 * CredentialsReplacementMode). Each mode has its own message code: 0x0100 + mode for CS02b, 0x0125
 * and 0x0126 for the load-controller modes of CS02g.
 */
public enum CredentialsReplacementMode {
  SUPPLIER_BY_SUPPLIER(2, 0x0102),
  NETWORK_OPERATOR_BY_NETWORK_OPERATOR(3, 0x0103),
  ACCESS_CONTROL_BROKER_BY_ACB(4, 0x0104),
  WAN_PROVIDER_BY_WAN_PROVIDER(5, 0x0105),
  TRANSITIONAL_COS_BY_TRANSITIONAL_COS(6, 0x0106),
  SUPPLIER_BY_TRANSITIONAL_COS(7, 0x0107),
  ANY_EXCEPT_ABNORMAL_ROOT_BY_RECOVERY(8, 0x0108),
  ANY_BY_CONTINGENCY(9, 0x0109),
  LOAD_CONTROLLER_BY_LOAD_CONTROLLER(10, 0x0125),
  LOAD_CONTROLLER_BY_SUPPLIER(11, 0x0126);

  private final int code;
  private final int messageCode;

  CredentialsReplacementMode(int code, int messageCode) {
    this.code = code;
    this.messageCode = messageCode;
  }

  public int code() {
    return code;
  }

  /** The GBCS message code of commands in this mode. */
  public int messageCode() {
    return messageCode;
  }

  static CredentialsReplacementMode ofCode(int code) {
    for (CredentialsReplacementMode m : values()) {
      if (m.code == code) {
        return m;
      }
    }
    return null;
  }
}
