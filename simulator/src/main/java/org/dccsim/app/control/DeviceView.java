package org.dccsim.app.control;

import java.util.Map;
import org.dccsim.device.DeviceCondition;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.device.esme.Esme;
import org.dccsim.device.gsme.GasAttributes;
import org.dccsim.device.gsme.Gsme;
import org.dccsim.smki.RemotePartyRole;

/**
 * A device as the control API shows it: type, condition, the counters it last accepted per remote
 * party role, its alert counter and how many security events it has logged; for a meter also its
 * supply, payment mode and balance in pounds (ESME) or valve and credit in pounds (GSME), what a
 * load tester watches run down.
 */
public record DeviceView(
    String eui, String type, boolean powered, boolean answering, String clockDrift, boolean firmwareFault,
    Map<String, Long> lastCounters, long alertCounter, int securityEvents, Map<String, Object> meter) {

  public static DeviceView of(EmulatedDevice d) {
    DeviceCondition c = d.condition();
    Map<String, Long> counters = new java.util.TreeMap<>();
    for (RemotePartyRole role : RemotePartyRole.values()) {
      long last = d.lastCounter(role);
      if (last != 0) {
        counters.put(role.name(), last);
      }
    }
    return new DeviceView(d.id().toString(), d.type().name(), c.powered(), c.answering(), c.clockDrift().toString(),
        c.firmwareFault(), counters, d.alertCounter(), d.securityLog().size(), meter(d));
  }

  /** Balances are kept in 1/100,000 £. */
  private static final double POUNDS = 100_000.0;

  private static Map<String, Object> meter(EmulatedDevice d) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    if (d instanceof Esme esme) {
      m.put("supply", esme.supplyState().name());
      m.put("paymentMode", esme.paymentMode() == 2 ? "PREPAYMENT" : "CREDIT");
      m.put("balancePounds", esme.meterBalance() / POUNDS);
    } else if (d instanceof Gsme gsme) {
      int valve = gsme.supplyStatus();
      m.put("valve", valve == GasAttributes.SUPPLY_OFF ? "OFF" : valve == GasAttributes.SUPPLY_ARMED ? "ARMED" : "ON");
      m.put("creditPounds", gsme.creditRemaining() / POUNDS);
    } else {
      return null;
    }
    return m;
  }
}
