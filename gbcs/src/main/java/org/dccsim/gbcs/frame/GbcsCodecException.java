package org.dccsim.gbcs.frame;

/**
 * A GBCS frame or payload could not be decoded (or a value cannot be encoded): carries the byte
 * offset at fault and what was expected there, so that a bad message can be diagnosed from the
 * log line alone.
 */
public final class GbcsCodecException extends Exception {

  private final int offset;

  public GbcsCodecException(int offset, String expected) {
    super("at offset " + offset + ": expected " + expected);
    this.offset = offset;
  }

  /** The offset of the first byte that did not fit, from the start of the decoded buffer. */
  public int offset() {
    return offset;
  }
}
