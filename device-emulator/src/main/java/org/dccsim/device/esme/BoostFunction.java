package org.dccsim.device.esme;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dccsim.device.DeviceServices;
import org.dccsim.device.dlms.CosemAccessException;
import org.dccsim.device.dlms.CosemEngine;
import org.dccsim.device.dlms.Obis;
import org.dccsim.device.dlms.ProfileBuffer;
import org.dccsim.device.dlms.TimeRange;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.BooleanValue;
import org.dccsim.gbcs.dlms.DlmsData.CompactArray;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The boost button: the consumer presses it and the auxiliary load control switches associated
 * with the boost function (0-0:94.44.6.n, set by ECS62) close for the boost period, which the meter
 * records in its boost log (0-0:99.98.20, {start, end} in seconds since 2000, read by ECS61c); at
 * the end of the period, on the meter's clock, they open again. The log is in the meter's memory
 * only once the button has been pressed; the end of the period pending is the last row's end.
 *
 * <p>[?] Choices: the period is the consumer's (a parameter); a press during a boost does nothing;
 * the boost button enabled flag (0-0:94.44.7.255) is not consulted; at the end the associated
 * switches open (not back to what the calendar last gave them); the log keeps its last
 * {@link #CAPACITY} periods.
 */
final class BoostFunction {

  static final ObisCode LOG = Obis.of("0-0:99.98.20.255");
  static final int CAPACITY = 100;

  private BoostFunction() {}

  /** Presses the button; false when no switch is associated or a boost is running. */
  static boolean press(Esme esme, Duration period, DeviceServices services) throws CosemAccessException {
    CosemEngine<Esme> engine = esme.cosemEngine();
    Instant now = esme.now(services);
    long start = TimeRange.secondsSince2000(now);
    CompactArray log = (CompactArray) engine.stored(esme, LOG, 2);
    if (lastEnd(log) > start || period.isNegative() || period.isZero()) {
      return false;
    }
    List<Integer> associated = associated(esme);
    if (associated.isEmpty()) {
      return false;
    }
    long end = start + period.getSeconds();
    ProfileBuffer.append(engine, esme, LOG, DlmsData.structure(EsmeObjectModel.u32(start), EsmeObjectModel.u32(end)),
        CAPACITY);
    for (int n : associated) {
      engine.store(esme, AuxiliarySwitches.stateObject(n), 2, BooleanValue.TRUE);
      EsmeEventLogs.alcs(esme, AuxiliarySwitches.CLOSE << 8 | n, EsmeEventLogs.FROM_BOOST, now, null);
    }
    Instant until = TimeRange.fromSecondsSince2000(end);
    // the scheduler runs on the simulation's clock, the meter on its own (drift)
    services.scheduler().schedule(until.minus(esme.condition().clockDrift()), () -> {
      synchronized (esme) {
        try {
          if (lastEnd((CompactArray) engine.stored(esme, LOG, 2)) != end) {
            return; // the log was cleared or rewritten: nothing of ours to end
          }
          for (int n : associated(esme)) {
            engine.store(esme, AuxiliarySwitches.stateObject(n), 2, BooleanValue.FALSE);
            EsmeEventLogs.alcs(esme, AuxiliarySwitches.OPEN << 8 | n, EsmeEventLogs.FROM_BOOST, esme.now(services), null);
          }
        } catch (CosemAccessException e) {
          // a fault injected on a switch: it stays as it is
        }
      }
    });
    return true;
  }

  /** The switches associated with the boost function (ECS62), 1..5. */
  static List<Integer> associated(Esme esme) {
    List<Integer> out = new ArrayList<>(AuxiliarySwitches.SWITCHES);
    for (int n = 1; n <= AuxiliarySwitches.SWITCHES; n++) {
      if (esme.cosemEngine().stored(esme, new ObisCode(0, 0, 94, 44, 6, n), 2) instanceof BooleanValue b
          && b.octet() != 0) {
        out.add(n);
      }
    }
    return out;
  }

  private static long lastEnd(CompactArray log) {
    if (log.elements().isEmpty()) {
      return 0;
    }
    return log.elements().get(log.elements().size() - 1) instanceof Structure s && s.elements().size() == 2
        && s.elements().get(1) instanceof IntegerValue end ? end.value() : 0;
  }
}
