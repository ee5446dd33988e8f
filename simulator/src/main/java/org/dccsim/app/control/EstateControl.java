package org.dccsim.app.control;

import java.util.Optional;
import org.dccsim.device.fault.Scenario;
import org.dccsim.device.network.WanStats;
import org.dccsim.smki.Eui64;

/** What the control API may do to the emulated estate and read from it. */
public interface EstateControl {

  /** Schedules a scenario's events from now (an event at PT0S acts at once); returns how many. */
  int schedule(Scenario scenario);

  WanStats.Snapshot wanStats();

  Optional<DeviceView> device(Eui64 eui);
}
