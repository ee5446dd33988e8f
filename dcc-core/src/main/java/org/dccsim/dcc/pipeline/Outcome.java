package org.dccsim.dcc.pipeline;

/**
 * Why the DCC refuses a Service Request, independent of the DUIS response code that says so.
 * DUIS fixes the codes of some outcomes (E1–E30); for the others the public record is silent and
 * dccsim chooses a default that a user can remap ({@link ResponseCodes}).
 */
public enum Outcome {
  UNKNOWN_USER("E1", "the originator is not a registered User, or the signer is not the originator"),
  ROLE_NOT_ELIGIBLE("E2", "none of the User's roles may send this Service Reference Variant"),
  USER_STATUS("E3", "the User's status does not permit this Service Request"),
  NOT_AUTHORISED_FOR_DEVICE("E4", "the User is not the registered party of the device in an eligible role"),
  DEVICE_STATUS("E5", "the device's status does not permit this Service Request"),
  DEVICE_TYPE("E11", "the Service Request does not apply to this type of device"),
  COMMAND_VARIANT("E12", "the Command Variant does not apply to this Service Request"),
  WRONG_SERVICE("E13", "the Command Variant is not accepted at this URL"),
  LOCAL_COMMAND_UNAVAILABLE("E17", "local delivery is not available for this request"),
  UNKNOWN_DEVICE("E19", "the device is not in the inventory"),
  DEVICE_UNREACHABLE("E20", "the DCC cannot communicate with the device"),
  NO_DEVICE_RESPONSE("E21", "no response was received from the device"),
  SIGNATURE_INVALID("E40", "the DUIS XML signature does not verify (digest, signature or profile)"),
  COUNTER_NOT_INCREASING("E41", "the RequestID counter is not greater than the last one this User sent"),
  PRE_COMMAND_SIGNATURE_INVALID("E42", "the Signed Pre-Command's signature does not verify with the User's certificate"),
  PRE_COMMAND_MISMATCH("E43", "the Signed Pre-Command is not the Pre-Command issued for this RequestID"),
  NOT_IMPLEMENTED("E44", "dccsim does not implement this Service Reference Variant yet"),
  BODY_INVALID("E45", "a value in the request body is not one DUIS allows");

  private final String defaultCode;
  private final String meaning;

  Outcome(String defaultCode, String meaning) {
    this.defaultCode = defaultCode;
    this.meaning = meaning;
  }

  public String defaultCode() {
    return defaultCode;
  }

  public String meaning() {
    return meaning;
  }
}
