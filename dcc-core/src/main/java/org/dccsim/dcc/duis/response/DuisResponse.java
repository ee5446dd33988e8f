package org.dccsim.dcc.duis.response;

import java.util.Objects;
import org.dccsim.dcc.duis.RequestId;
import org.dccsim.dcc.duis.ResponseId;

/**
 * A DUIS sr:Response to write; {@link DuisResponseWriter} adds the date-time and the signature.
 *
 * @param requestId null for messages that answer no request (device alerts)
 * @param responseId null unless a device answered (acknowledgements and non-device responses
 *     carry the RequestID only)
 * @param responseCode I0, I99, E&lt;digits&gt; or W&lt;digits&gt;
 */
public record DuisResponse(
    RequestId requestId, ResponseId responseId, String responseCode, ResponseBody body) {

  public static final String SUCCESS = "I0";
  public static final String ACKNOWLEDGED = "I99";

  public DuisResponse {
    Objects.requireNonNull(responseCode, "responseCode");
    Objects.requireNonNull(body, "body");
    if (!isResponseCode(responseCode)) {
      throw new IllegalArgumentException("not a DUIS response code: '" + responseCode + "'");
    }
  }

  /** I99: accepted for the device; the outcome follows on the Receive Response Service. */
  public static DuisResponse acknowledgement(
      RequestId requestId, String serviceReference, String serviceReferenceVariant) {
    return new DuisResponse(
        requestId,
        null,
        ACKNOWLEDGED,
        new ResponseMessage(serviceReference, serviceReferenceVariant, null));
  }

  /** A refusal, e.g. E2 or E65, naming the request and its service, with no payload. */
  public static DuisResponse refusal(
      RequestId requestId,
      String responseCode,
      String serviceReference,
      String serviceReferenceVariant) {
    return new DuisResponse(
        requestId,
        null,
        responseCode,
        new ResponseMessage(serviceReference, serviceReferenceVariant, null));
  }

  private static boolean isResponseCode(String code) {
    int n = code.length();
    if (n < 2 || n > 7 || "IEW".indexOf(code.charAt(0)) < 0) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
