package org.dccsim.device.fault;

import java.time.Instant;
import org.dccsim.device.network.SimulationTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plays a scenario on simulation time: each event at the scenario's start plus its offset. */
public final class ScenarioRunner {

  private static final Logger log = LoggerFactory.getLogger(ScenarioRunner.class);

  private final FaultInjector faults;
  private final SimulationTime time;

  public ScenarioRunner(FaultInjector faults, SimulationTime time) {
    this.faults = faults;
    this.time = time;
  }

  /**
   * Schedules every event of {@code scenario} from now; events at offset zero take effect before
   * this returns (so a control request's answer means the fault is in place). Returns the start.
   */
  public Instant start(Scenario scenario) {
    Instant start = time.now();
    log.info("scenario \"{}\" starts at {} with {} events", scenario.name(), start, scenario.events().size());
    for (Scenario.TimedEvent e : scenario.events()) {
      if (e.at().isZero()) {
        apply(e.event());
      } else {
        time.schedule(start.plus(e.at()), 0, () -> apply(e.event()));
      }
    }
    return start;
  }

  /** Applies one event now (the control API's way in). */
  public void apply(ScenarioEvent event) {
    log.info("event: {}", event);
    event.apply(faults, time);
  }
}
