package org.dccsim.device.zcl;

/** A ZCL command or attribute access that ends with a status other than SUCCESS. */
public final class ZclFailure extends Exception {

  private final int status;

  public ZclFailure(int status, String message) {
    super(String.format("ZCL status %02X: %s", status, message), null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
