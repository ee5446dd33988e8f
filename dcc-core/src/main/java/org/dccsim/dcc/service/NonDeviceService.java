package org.dccsim.dcc.service;

import org.dccsim.dcc.duis.response.ResponsePayload;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;

/** A Service Request the DCC answers itself, synchronously (CV 8). */
public non-sealed interface NonDeviceService extends ServiceHandler {

  /** @return the data of the I0 response, or null when there is none (then I99) */
  ResponsePayload respond(AcceptedRequest request) throws RequestRefused;
}
