package org.dccsim.device.zcl;

import java.util.Objects;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.gbz.ZclValue;

/**
 * An attribute of a device type's ZCL model: its data type, the value devices of the type start
 * with, whether a command may write it, and optionally how it is computed from device state
 * (readings from the consumption model, the clock) instead of stored.
 */
public record ZclAttribute<D extends ZclDevice>(
    ZclAttributeRef ref, int dataType, ZclValue defaultValue, boolean writable, Computed<D> computed) {

  /** The value of a computed attribute now. */
  @FunctionalInterface
  public interface Computed<D extends ZclDevice> {
    ZclValue value(D device, ZclContext<D> context) throws ZclFailure;
  }

  public ZclAttribute {
    Objects.requireNonNull(ref);
    Objects.requireNonNull(defaultValue);
    if (defaultValue.dataType() != dataType) {
      throw new IllegalArgumentException(ref + ": default of data type " + defaultValue.dataType() + ", not " + dataType);
    }
  }

  /** The type default: zero, or the empty string. */
  public static ZclValue zero(int dataType) {
    return ZclValue.fixedSize(dataType) > 0
        ? new ZclValue.Fixed(dataType, 0)
        : new ZclValue.Text(dataType, ByteSlice.EMPTY);
  }

  /** Whether {@code value} may be stored here: same data type. */
  boolean accepts(ZclValue value) {
    return value.dataType() == dataType;
  }
}
