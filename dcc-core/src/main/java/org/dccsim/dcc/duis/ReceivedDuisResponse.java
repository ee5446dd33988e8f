package org.dccsim.dcc.duis;

import java.time.Instant;
import java.util.Objects;
import org.dccsim.dcc.xmldsig.SignatureEvidence;

/**
 * A DUIS sr:Response as a User system receives it (synchronously or on its Receive Response
 * Service), read in one pass with what its XML signature check needs.
 *
 * @param requestId null when absent (device alerts)
 * @param responseId null when absent (acknowledgements, non-device responses)
 * @param body the single element of sr:Body: sr:ResponseMessage, sr:DeviceAlertMessage or
 *     sr:DCCAlertMessage
 */
public record ReceivedDuisResponse(
    String schemaVersion,
    RequestId requestId,
    ResponseId responseId,
    String responseCode,
    Instant responseDateTime,
    BodyElement body,
    SignatureEvidence signature) {

  public ReceivedDuisResponse {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(responseCode, "responseCode");
    Objects.requireNonNull(responseDateTime, "responseDateTime");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(signature, "signature");
  }
}
