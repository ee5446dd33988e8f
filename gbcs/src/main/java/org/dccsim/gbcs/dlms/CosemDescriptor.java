package org.dccsim.gbcs.dlms;

import java.util.Objects;

/**
 * What an access-request specification addresses: interface class, logical name and the
 * attribute (get/set) or method (action) number.
 */
public record CosemDescriptor(int classId, ObisCode instance, int id) {

  public CosemDescriptor {
    Objects.requireNonNull(instance);
    if (classId < 0 || classId > 0xFFFF || id < 0 || id > 0xFF) {
      throw new IllegalArgumentException("class id is 2 bytes and attribute/method id 1 byte");
    }
  }
}
