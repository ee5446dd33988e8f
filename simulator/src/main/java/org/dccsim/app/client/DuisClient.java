package org.dccsim.app.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.dccsim.dcc.catalogue.CommandVariant;

/** Posts signed DUIS requests to a DCC's three services, choosing the path by Command Variant. */
public final class DuisClient {

  /** The HTTP answer: status, content type and body. */
  public record Reply(int status, String contentType, byte[] body) {
    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** @param base e.g. http://127.0.0.1:8079 */
  public DuisClient(URI base) {
    this.base = base;
  }

  public Reply post(CommandVariant cv, byte[] signedRequest) throws IOException, InterruptedException {
    return post(cv.service().path(), signedRequest);
  }

  public Reply post(String path, byte[] signedRequest) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofByteArray(signedRequest))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }
}
