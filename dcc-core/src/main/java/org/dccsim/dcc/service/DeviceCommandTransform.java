package org.dccsim.dcc.service;

import java.util.Set;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * Transforms a device Service Request into its GBCS command: for a non-critical SRV the complete
 * command the DCC sends (signature field 00), for a critical SRV the Pre-Command the User signs.
 * The originator is the User and the counter the RequestID's.
 */
public non-sealed interface DeviceCommandTransform extends ServiceHandler {

  /** Device types this SRV may target; any other answers E11. */
  Set<DeviceType> targetTypes();

  GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused;
}
