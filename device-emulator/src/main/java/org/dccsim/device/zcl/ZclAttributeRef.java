package org.dccsim.device.zcl;

/** An attribute of a cluster, as pins, faults and tables name it. */
public record ZclAttributeRef(int clusterId, int attributeId) {

  public ZclAttributeRef {
    if (clusterId < 0 || clusterId > 0xFFFF || attributeId < 0 || attributeId > 0xFFFF) {
      throw new IllegalArgumentException(
          String.format("cluster and attribute ids are 2 bytes each, not %X/%X", clusterId, attributeId));
    }
  }

  /** Cluster and attribute in one int, the form tables keep. */
  public int key() {
    return key(clusterId, attributeId);
  }

  public static int key(int clusterId, int attributeId) {
    return clusterId << 16 | attributeId;
  }

  public static ZclAttributeRef ofKey(int key) {
    return new ZclAttributeRef(key >>> 16, key & 0xFFFF);
  }

  @Override
  public String toString() {
    return String.format("%04X/%04X", clusterId, attributeId);
  }
}
