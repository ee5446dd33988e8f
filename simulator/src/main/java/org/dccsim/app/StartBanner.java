package org.dccsim.app;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.dccsim.app.profile.UserIdentity;
import org.dccsim.dcc.catalogue.DuisService;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.smki.importer.ImportReport;

/** What a newcomer needs to see when dccsim starts: where to send, where answers go, where the keys are. */
final class StartBanner {

  private StartBanner() {}

  static void print(Simulator sim, String host, PrintStream out) {
    Simulator.Settings s = sim.settings();
    String base = "http://" + host + ":" + sim.duisPort();
    out.println("dccsim is running — a DCC stand-in (DUIS 5.4, GBCS, SMKI)");
    out.println();
    out.println("  DUIS services    " + base + DuisService.SEND_COMMAND.path() + "   (CV 1, 5)");
    out.println("                   " + base + DuisService.NON_DEVICE.path() + "   (CV 8)");
    out.println("                   " + base + DuisService.TRANSFORM.path() + "   (CV 4)");
    out.println("  Responses to     " + (sim.outbox().receiver() != null
        ? sim.outbox().receiver() + "   (Receive Response Service)"
        : "nowhere yet: give --rrs-url; until then they wait in " + s.dataDir().resolve("outbox")));
    out.println("  Data directory   " + s.dataDir() + "   (--data-dir)");
    sim.controlPort().ifPresent(p -> out.println("  Control API      http://" + host + ":" + p
        + "/control/events (POST scenario events), /control/wan, /control/devices/EUI"));
    if (s.smkiImports().isEmpty()) {
      out.println("  Profile          embedded default: dccsim's own test PKI and demo Users");
      out.println("  Users' keys      " + sim.smki().directory().resolve("organisations"));
      out.println("                   <eui>-87-ds = DUIS XML signing, <eui>-02-ds / -03-ds = GBCS signing,");
      out.println("                   <eui>-<role>-ka = key agreement; .pem certificate, .key PKCS#8 key");
    } else {
      out.println("  Profile          imported SMKI: " + s.smkiImports().stream().map(Object::toString).collect(Collectors.joining(", ")));
      for (ImportReport r : sim.identities().importReports()) {
        out.println("                   " + r.certificates() + " certificates, " + r.credentials() + " with keys, "
            + r.warnings().size() + " warnings");
      }
      out.println("  Users' keys      as imported; what dccsim issued itself is in " + sim.smki().directory());
    }
    out.println("  Device certs     " + sim.smki().directory().resolve("devices"));
    out.println();
    out.println("  Users");
    for (UserIdentity u : sim.identities().users()) {
      out.printf("    %s  %-24s %-10s GBCS role %s%n", u.id(), u.name(),
          u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), u.gbcsRole());
    }
    sim.populationReport().ifPresent(r -> {
      out.printf("  Population       %,d premises, %,d devices built in %.1f s, %,d bytes of heap per device "
          + "after a full GC%n", r.premises(), r.devices(), r.took().toNanos() / 1e9, r.heapBytesPerDevice());
      out.println("                   EUI-64s 02-DC-C5-xx-xx-xx-xx-xx (premises × 8 + slot: 0 CHF, 1 ESME, 2 GSME, "
          + "3 GPF, 4 PPMID, 5 IHD, 6 HCALCS)");
    });
    if (s.estate().timeFactor() > 1) {
      out.printf("  Time             devices run %.0f× faster than real time%n", s.estate().timeFactor());
    }
    if (s.estate().scenario() != null) {
      out.println("  Scenario         " + s.estate().scenario());
    }
    out.println("  Devices");
    for (InventoryDevice d : sim.inventory().stored().stream().sorted(java.util.Comparator.comparing(InventoryDevice::id)).toList()) {
      out.printf("    %s  %-6s %s%s%n", d.id(), d.type(), d.status(),
          sim.wan().device(d.id()).isPresent() ? ", emulated" : "");
    }
    for (String note : sim.identities().notes()) {
      out.println("  Note: " + note);
    }
    out.println();
    out.println("  Try: scripts/dccsim send ../shared/reference/duis/templates/8.2_READ_INVENTORY_REQUEST_DUIS.XML");
    out.println("  Stop with Ctrl-C.");
    out.flush();
  }
}
