package org.dccsim.app.client;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dccsim.app.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dccsim rrs}: a Receive Response Service for newcomers: prints each response and alert
 * the DCC delivers, with its signature checked, and answers 204 (or 400 when the signature fails),
 * as DCC Boxed's Node-RED nodes do.
 */
@Command(name = "rrs", mixinStandardHelpOptions = true,
    description = "Listen as a User's Receive Response Service and print what the DCC delivers.")
public final class RrsCommand implements Callable<Integer> {

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--bind", description = "Address (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(names = "--path", description = "Path to accept (default: ${DEFAULT-VALUE}).")
  String path = "/";

  @Option(names = "--keys", paramLabel = "DIR", description = "Folders of certificates to check signatures with. Default: the data directory's smki folder. Repeatable.")
  List<Path> keyFolders = new ArrayList<>();

  @Option(names = "--data-dir", paramLabel = "DIR", description = "dccsim's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir = DataDirectory.defaultPath();

  @Override
  public Integer call() throws Exception {
    ClientKeys keys = new ClientKeys(keyFolders.isEmpty() ? List.of(dataDir.resolve("smki")) : keyFolders);
    try (ReceiveResponseServer server = new ReceiveResponseServer(new InetSocketAddress(bind, port), path,
        keys.verifier(), d -> {
          System.out.println("---- " + LocalTime.now() + "  " + (d.accepted() ? "accepted (204)" : "refused (400): " + d.problem()));
          if (d.inspected() != null) {
            System.out.println(ResponseSummary.of(d.inspected()));
          }
          System.out.println(new String(d.body(), java.nio.charset.StandardCharsets.UTF_8));
          System.out.flush();
        })) {
      System.out.println("Receive Response Service listening on http://" + bind + ":" + server.port() + path
          + "  (start dccsim with --rrs-url http://" + bind + ":" + server.port() + path + ")");
      new CountDownLatch(1).await();
    }
    return 0;
  }
}
