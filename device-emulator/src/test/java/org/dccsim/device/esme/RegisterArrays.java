package org.dccsim.device.esme;

import java.util.List;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.Structure;

/** Reading the register arrays the split tests compare (ECS17d's TOU, ECS17e's blocks). */
final class RegisterArrays {

  private RegisterArrays() {}

  /** The values of array {@code index} in a structure of register arrays, as read. */
  static long[] values(DlmsData structureOfArrays, int index) {
    List<DlmsData> registers = ((DlmsData.DlmsArray) ((Structure) structureOfArrays).elements().get(index)).elements();
    long[] values = new long[registers.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = ((IntegerValue) registers.get(i)).value();
    }
    return values;
  }

  static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }
}
