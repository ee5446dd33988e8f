package org.dccsim.gbcs.dlms;

/** The CHOICE tags of an access-request (1-5) or access-response (1-3) specification. */
public enum AccessSpecKind {
  GET(1),
  SET(2),
  ACTION(3),
  GET_WITH_SELECTION(4),
  SET_WITH_SELECTION(5);

  private final int tag;

  AccessSpecKind(int tag) {
    this.tag = tag;
  }

  public int tag() {
    return tag;
  }

  public boolean hasSelection() {
    return this == GET_WITH_SELECTION || this == SET_WITH_SELECTION;
  }

  static AccessSpecKind ofTag(int tag) {
    return tag >= 1 && tag <= 5 ? values()[tag - 1] : null;
  }
}
