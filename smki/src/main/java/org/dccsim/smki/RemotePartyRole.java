package org.dccsim.smki;

import java.util.Optional;

/**
 * The Remote Party Role an organisation certificate is issued for, carried in its subject
 * organizationalUnitName as two hex digits. Codes 0x00–0x08 and 0x7F are GBCS roles; 0x87 and 0x89
 * exist only in DCC Boxed, which uses them for the DUIS XML-signing certificates.
 */
public enum RemotePartyRole {
  ROOT(0x00),
  RECOVERY(0x01),
  SUPPLIER(0x02),
  NETWORK_OPERATOR(0x03),
  ACCESS_CONTROL_BROKER(0x04),
  TRANSITIONAL_COS(0x05),
  WAN_PROVIDER(0x06),
  ISSUING_AUTHORITY(0x07),
  LOAD_CONTROLLER(0x08),
  OTHER(0x7F),
  /** DCC Boxed: a User's certificate for signing DUIS requests (135). */
  XML_SIGN(0x87),
  /** DCC Boxed: the DCC's certificate for signing DUIS responses (137). */
  DSP_XML_SIGN(0x89);

  private static final RemotePartyRole[] BY_CODE = new RemotePartyRole[256];

  static {
    for (RemotePartyRole r : values()) {
      BY_CODE[r.code] = r;
    }
  }

  private final int code;

  RemotePartyRole(int code) {
    this.code = code;
  }

  /** The role code, 0..255. */
  public int code() {
    return code;
  }

  /** The role with this code; empty for codes outside 0..255 or not assigned. */
  public static Optional<RemotePartyRole> fromCode(int code) {
    if (code < 0 || code >= BY_CODE.length) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_CODE[code]);
  }

  /** The subject OU of the role's certificates: two upper-case hex digits ("02", "7F"). */
  public String organisationalUnit() {
    return new String(new char[] {HEX_UPPER[code >>> 4], HEX_UPPER[code & 0xF]});
  }

  /** The two lower-case hex digits of the code, as used in store file names. */
  public String hex() {
    return new String(new char[] {HEX_DIGITS[code >>> 4], HEX_DIGITS[code & 0xF]});
  }

  private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
  private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();
}
