package org.dccsim.device.dlms;

import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.DlmsData;

/**
 * How an attribute whose value is not simply stored is read: a clock, a register of the
 * consumption model, a profile buffer with selective access.
 *
 * @param <D> the device type
 */
@FunctionalInterface
public interface AttributeReader<D> {

  /**
   * @param stored the value written to the device, pinned on it, or the type's default
   * @param access the selective access of the request; null when there is none
   */
  DlmsData read(D device, DlmsData stored, SelectiveAccess access, CosemContext context)
      throws CosemAccessException;
}
