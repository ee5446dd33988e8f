package org.dccsim.device.dlms;

import org.dccsim.gbcs.dlms.ObisCode;

/**
 * One long per attribute or method: the 48 bits of the logical name, a method flag and the 8-bit
 * attribute or method id. The class id is not part of it: a logical name names one object, whose
 * class the object model checks separately.
 */
final class CosemKeys {

  private static final long METHOD = 1L << 8;

  private CosemKeys() {}

  static long obis(ObisCode o) {
    return ((long) o.a() << 40) | ((long) o.b() << 32) | ((long) o.c() << 24) | ((long) o.d() << 16)
        | ((long) o.e() << 8) | o.f();
  }

  static long attribute(ObisCode instance, int attribute) {
    return (obis(instance) << 9) | attribute;
  }

  static long method(ObisCode instance, int method) {
    return (obis(instance) << 9) | METHOD | method;
  }

  static boolean isMethod(long key) {
    return (key & METHOD) != 0;
  }

  static int id(long key) {
    return (int) (key & 0xFF);
  }

  static ObisCode instance(long key) {
    long o = key >>> 9;
    return new ObisCode((int) (o >>> 40) & 0xFF, (int) (o >>> 32) & 0xFF, (int) (o >>> 24) & 0xFF,
        (int) (o >>> 16) & 0xFF, (int) (o >>> 8) & 0xFF, (int) o & 0xFF);
  }
}
