package org.dccsim.device.dlms;

import org.dccsim.gbcs.dlms.DlmsData;

/**
 * A COSEM method and its effect on the device.
 *
 * @param <D> the device type
 */
@FunctionalInterface
public interface CosemMethod<D> {

  /**
   * @param parameter the method invocation parameter of the request
   * @return the return parameters, or null when the method returns none
   */
  DlmsData invoke(D device, DlmsData parameter, CosemContext context) throws CosemAccessException;
}
