package org.dccsim.dcc.http;

import java.nio.charset.StandardCharsets;

/**
 * The synchronous HTTP answer to a DUIS POST: a signed DUIS response (200, application/xml) or a
 * refusal with a plain-text reason when no DUIS response can be formed (malformed XML, a DTD,
 * oversize, ...).
 */
public record SyncReply(int status, String contentType, byte[] body) {

  public static final String XML = "application/xml";
  public static final String TEXT = "text/plain; charset=UTF-8";

  public static SyncReply duis(byte[] signedResponse) {
    return new SyncReply(200, XML, signedResponse);
  }

  public static SyncReply refused(int status, String reason) {
    return new SyncReply(status, TEXT, (reason + "\n").getBytes(StandardCharsets.UTF_8));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
