package org.dccsim.app.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dccsim.dcc.duis.DuisFormatException;
import org.dccsim.dcc.xmldsig.XmlSignatureVerifier;

/**
 * A User's Receive Response Service, as DCC Boxed clients run it: takes the DUIS responses and
 * alerts the DCC POSTs, checks each signature, answers 204 when it verifies and 400 with the
 * reason when it does not (or the body is not DUIS), and hands what arrived to a consumer.
 */
public final class ReceiveResponseServer implements AutoCloseable {

  /** One delivery: the raw body and what inspecting it found (null when unreadable). */
  public record Delivery(byte[] body, InspectedResponse inspected, String problem) {
    public boolean accepted() {
      return problem == null;
    }
  }

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService handlers = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "rrs");
    t.setDaemon(true);
    return t;
  });

  public ReceiveResponseServer(InetSocketAddress address, String path, XmlSignatureVerifier verifier,
      Consumer<Delivery> consumer) throws IOException {
    this(address, path, () -> verifier, consumer);
  }

  /**
   * A server whose verifier is looked up per delivery: for a User that must give the DCC this
   * server's address (bound first, on any free port) before it holds the keys to verify with.
   */
  public ReceiveResponseServer(InetSocketAddress address, String path, Supplier<XmlSignatureVerifier> verifier,
      Consumer<Delivery> consumer) throws IOException {
    server = HttpServer.create(address, 64);
    server.createContext(path, exchange -> handle(exchange, verifier.get(), consumer));
    server.setExecutor(handlers);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void handle(HttpExchange exchange, XmlSignatureVerifier verifier, Consumer<Delivery> consumer)
      throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        reply(exchange, 405, "POST only");
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      Delivery d;
      try {
        InspectedResponse inspected = InspectedResponse.inspect(body, verifier);
        d = new Delivery(body, inspected,
            inspected.signature().isValid() ? null : "signature: " + inspected.signature());
      } catch (DuisFormatException e) {
        d = new Delivery(body, null, "not a DUIS response: " + e.getMessage());
      }
      consumer.accept(d);
      if (d.accepted()) {
        exchange.sendResponseHeaders(204, -1);
      } else {
        reply(exchange, 400, d.problem());
      }
    }
  }

  private static void reply(HttpExchange exchange, int status, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
    exchange.sendResponseHeaders(status, b.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
