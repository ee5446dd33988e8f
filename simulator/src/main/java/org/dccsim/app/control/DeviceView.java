package org.dccsim.app.control;

import java.util.Map;
import org.dccsim.device.DeviceCondition;
import org.dccsim.device.EmulatedDevice;
import org.dccsim.smki.RemotePartyRole;

/**
 * A device as the control API shows it: type, condition, the counters it last accepted per remote
 * party role, its alert counter and how many security events it has logged.
 */
public record DeviceView(
    String eui, String type, boolean powered, boolean answering, String clockDrift, boolean firmwareFault,
    Map<String, Long> lastCounters, long alertCounter, int securityEvents) {

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
        c.firmwareFault(), counters, d.alertCounter(), d.securityLog().size());
  }
}
