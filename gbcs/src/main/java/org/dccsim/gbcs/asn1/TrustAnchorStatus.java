package org.dccsim.gbcs.asn1;

/**
 * The outcome a device reports for one trust anchor (GBCS StatusCode, ENUMERATED), in CS02a
 * credential details and CS02b replacement outcomes: the values GBCS uses.
 */
public enum TrustAnchorStatus {
  SUCCESS(0),
  BAD_CERTIFICATE(5),
  NO_TRUST_ANCHOR(10),
  INSUFFICIENT_MEMORY(17),
  TRUST_ANCHOR_NOT_FOUND(25),
  RESOURCES_BUSY(30),
  OTHER(127);

  private final int code;

  TrustAnchorStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  static TrustAnchorStatus ofCode(int code) {
    for (TrustAnchorStatus s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    return null;
  }
}
