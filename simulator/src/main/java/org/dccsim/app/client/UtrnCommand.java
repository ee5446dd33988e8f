package org.dccsim.app.client;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.dccsim.app.DataDirectory;
import org.dccsim.gbcs.security.Utrn;
import org.dccsim.smki.Eui64;
import org.dccsim.smki.KeyUsage;
import org.dccsim.smki.RemotePartyRole;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.pki.SmkiStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dccsim utrn}: a top-up code (UTRN, GBCS 14) as the supplier mints it for one meter: the
 * value and counter MACed with the supplier's key agreement key (its prepayment top-up key where it
 * has one) and the meter's KA certificate. Enter it at the PPMID (control API event ppmidTopUp) or
 * send it to the meter (CS01a/CS01b).
 */
@Command(name = "utrn", mixinStandardHelpOptions = true,
    description = "Mint a UTRN (20-digit top-up code) for a meter with the supplier's key.")
public final class UtrnCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--meter", required = true, paramLabel = "EUI", description = "The ESME or GSME.")
  String meter;

  @Option(names = "--pounds", required = true, description = "The value, in whole pounds.")
  int pounds;

  @Option(names = "--counter", required = true,
      description = "The UTRN counter: greater than the meter's last one (each top-up takes the next).")
  long counter;

  @Option(names = "--supplier", paramLabel = "EUI", description = "The supplier (default: ${DEFAULT-VALUE}).")
  String supplier = "90-B3-D5-1F-30-01-00-00";

  @Option(names = "--data-dir", paramLabel = "DIR", description = "dccsim's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir = DataDirectory.defaultPath();

  @Override
  public Integer call() {
    if (pounds <= 0 || counter <= 0 || counter > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("--pounds must be positive and --counter between 1 and 2^32-1");
    }
    Eui64 meterId = Eui64.parse(meter);
    Eui64 supplierId = Eui64.parse(supplier);
    SmkiStore store = SmkiStore.open(dataDir.toAbsolutePath(), Clock.systemUTC(), new SecureRandom());
    store.deriveDevices(eui -> true, 16); // a population's meter: derived as the running dccsim derives it
    PublicKey meterKa = store.repository().devicePublicKey(meterId, KeyUsage.KEY_AGREEMENT).orElseThrow();
    ClientKeys keys = new ClientKeys(List.of(dataDir.toAbsolutePath().resolve("smki")));
    PrivateKey supplierKa = keys.repository().organisations(supplierId, RemotePartyRole.SUPPLIER, KeyUsage.KEY_AGREEMENT)
        .stream().flatMap(c -> keys.repository().credential(c).stream()).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no key agreement key of supplier " + supplierId + " in "
            + dataDir.resolve("smki")))
        .privateKey();
    byte[] z = new EcdhP256(CryptoProvider.BC).sharedSecret(supplierKa, meterKa);
    spec.commandLine().getOut().println(
        Utrn.mint(Utrn.ValueClass.POUNDS, pounds, counter << 32, supplierId, meterId, z));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
