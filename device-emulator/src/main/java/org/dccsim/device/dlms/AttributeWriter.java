package org.dccsim.device.dlms;

import org.dccsim.gbcs.dlms.DlmsData;

/**
 * What writing an attribute does besides storing the value (when the attribute stores it): e.g. an
 * activation time that copies passive values into active ones, now or at its time.
 *
 * @param <D> the device type
 */
@FunctionalInterface
public interface AttributeWriter<D> {

  /** Called with a value of the attribute's type, before the engine stores it. */
  void write(D device, DlmsData value, CosemContext context) throws CosemAccessException;
}
