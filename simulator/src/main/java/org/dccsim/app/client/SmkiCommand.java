package org.dccsim.app.client;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dccsim.app.DataDirectory;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.PemCodec;
import org.dccsim.smki.SmkiCertificate;
import org.dccsim.smki.pki.SmkiStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dccsim smki ...}: what a User fetches from the SMKI repository. */
@Command(name = "smki", mixinStandardHelpOptions = true, description = "SMKI repository tools.",
    subcommands = SmkiCommand.Device.class)
public final class SmkiCommand {

  /**
   * {@code dccsim smki device EUI...}: the device certificates (DS and KA) of devices, as the
   * running dccsim publishes them: stored ones for the demo premises, derived ones for a
   * population's devices (the same on every start, so they can be fetched before or after).
   */
  @Command(name = "device", mixinStandardHelpOptions = true,
      description = "Print (or write to --out) the DS and KA certificates of devices, PEM.")
  public static final class Device implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "EUI", description = "Device EUI-64s, e.g. 02-DC-C5-00-00-00-00-01.")
    List<String> devices = new ArrayList<>();

    @Option(names = "--usage", paramLabel = "ds|ka", description = "Only this key usage (default: both).")
    String usage;

    @Option(names = "--out", paramLabel = "DIR", description = "Write <eui>-ds.pem / <eui>-ka.pem here instead of printing.")
    Path out;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "dccsim's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir = DataDirectory.defaultPath();

    @Override
    public Integer call() throws Exception {
      List<KeyUsage> usages = usages();
      List<Eui64> euis = new ArrayList<>();
      for (String d : devices) {
        euis.add(Eui64.parse(d));
      }
      SmkiStore store = SmkiStore.open(dataDir.toAbsolutePath(), Clock.systemUTC(), new SecureRandom());
      // stored certificates win; anything else is a population device, derived as dccsim derives it
      store.deriveDevices(eui -> true, 64);
      if (out != null) {
        Files.createDirectories(out);
      }
      for (Eui64 eui : euis) {
        for (KeyUsage u : usages) {
          SmkiCertificate cert = store.repository().device(eui, u).orElseThrow();
          String pem = PemCodec.encode(PemCodec.CERTIFICATE, cert.der());
          if (out == null) {
            System.out.print(pem);
          } else {
            Path file = out.resolve(eui + "-" + u.abbreviation().toLowerCase() + ".pem");
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            System.out.println(file);
          }
        }
      }
      return 0;
    }

    private List<KeyUsage> usages() {
      if (usage == null) {
        return List.of(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.KEY_AGREEMENT);
      }
      return switch (usage.toLowerCase()) {
        case "ds" -> List.of(KeyUsage.DIGITAL_SIGNATURE);
        case "ka" -> List.of(KeyUsage.KEY_AGREEMENT);
        default -> throw new IllegalArgumentException("--usage takes ds or ka, not " + usage);
      };
    }
  }
}
