package org.dccsim.dcc.http;

import org.dccsim.dcc.catalogue.DuisService;

/**
 * Processes one DUIS POST into its synchronous reply. Called on a worker thread, never on an
 * event loop; must not throw for bad input (bad input is a reply).
 */
@FunctionalInterface
public interface ServiceRequestProcessor {
  SyncReply process(DuisService service, byte[] body);
}
