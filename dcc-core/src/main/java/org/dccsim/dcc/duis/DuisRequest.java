package org.dccsim.dcc.duis;

import java.util.Objects;
import org.dccsim.dcc.xmldsig.SignatureEvidence;

/**
 * A DUIS sr:Request as read in one pass, with what its XML signature check needs.
 *
 * @param schemaVersion the schemaVersion attribute as written (5.0–5.4 are accepted)
 * @param signature the enveloped signature as found and the digests computed over the document
 */
public record DuisRequest(
    String schemaVersion, RequestHeader header, RequestBody body, SignatureEvidence signature) {

  public DuisRequest {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(signature, "signature");
  }

  public RequestId requestId() {
    return header.requestId();
  }
}
