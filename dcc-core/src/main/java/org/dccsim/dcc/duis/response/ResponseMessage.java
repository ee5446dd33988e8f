package org.dccsim.dcc.duis.response;

import java.util.Objects;

/**
 * sr:ResponseMessage: the service answered and, optionally, what it returned.
 *
 * @param payload null for acknowledgements, refusals and successes without data
 */
public record ResponseMessage(
    String serviceReference, String serviceReferenceVariant, ResponsePayload payload)
    implements ResponseBody {

  public ResponseMessage {
    Objects.requireNonNull(serviceReference, "serviceReference");
    Objects.requireNonNull(serviceReferenceVariant, "serviceReferenceVariant");
  }
}
