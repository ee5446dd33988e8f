package org.dccsim.gbcs.asn1;

/** The response code of the DER read use cases (CS07 device log, CS08 firmware version). */
public enum ReadOutcome {
  SUCCESS,
  READ_FAILURE;

  public int code() {
    return ordinal();
  }
}
