package org.dccsim.dcc.transform.esme;

import static org.dccsim.dcc.transform.esme.ControlBodyValues.UNSIGNED_INT_MAX;

import java.util.Set;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.dcc.transform.TransformValues;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * 6.5 Update Device Configuration (Voltage) → ECS29a (single phase), ECS29b (polyphase), and
 * without the counter reset (RMSVoltageCountersNotReset) ECS29c, ECS29d. The command sets the
 * four RMS voltage limiters 0-0:17.0.1..4.255 (extreme over, extreme under, sag, swell: threshold,
 * attribute 4, and minimum duration, attribute 6), each phase's average RMS voltage period (its
 * profile's capture period) and over (.35) and under (.31) thresholds, and resets each phase's
 * average voltage event counters (.32, .36). Phases are L1, L2, L3 (C = 32, 52, 72).
 *
 * <p>The order of the objects differs between the four use cases, as RTDS 4.5.0 lays them out:
 * with the reset, periods, limiters, then L1 over before under but L2 and L3 under before over;
 * without it, every phase's under and over first, then periods and limiters.
 */
final class VoltageConfigurationTransform implements DeviceCommandTransform {

  private static final int[] PHASE_C = {32, 52, 72};
  private static final String[][] LIMITERS = {
    {"RMSExtremeOverVoltageThreshold", "RMSExtremeOverVoltageMeasurementPeriod"},
    {"RMSExtremeUnderVoltageThreshold", "RMSExtremeUnderVoltageMeasurementPeriod"},
    {"RMSVoltageSagThreshold", "RMSVoltageSagMeasurementPeriod"},
    {"RMSVoltageSwellThreshold", "RMSVoltageSwellMeasurementPeriod"},
  };
  private static final int LIMITER_THRESHOLD = 4;
  private static final int LIMITER_MIN_DURATION = 6;
  private static final int CAPTURE_PERIOD = 4;

  private final DlmsUseCaseCommand singlePhase = DlmsUseCaseCommand.of("ECS29a");
  private final DlmsUseCaseCommand polyphase = DlmsUseCaseCommand.of("ECS29b");
  private final DlmsUseCaseCommand singlePhaseKeepingCounters = DlmsUseCaseCommand.of("ECS29c");
  private final DlmsUseCaseCommand polyphaseKeepingCounters = DlmsUseCaseCommand.of("ECS29d");

  /** One phase's average RMS voltage settings. */
  private record PhaseSettings(long over, long under, long period) {
    static PhaseSettings read(BodyElement settings) throws RequestRefused {
      return new PhaseSettings(
          TransformValues.integer(settings, "AverageRMSOverVoltageThreshold", 0, UNSIGNED_INT_MAX),
          TransformValues.integer(settings, "AverageRMSUnderVoltageThreshold", 0, UNSIGNED_INT_MAX),
          TransformValues.integer(settings, "AverageRMSVoltageMeasurementPeriod", 0, UNSIGNED_INT_MAX));
    }
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return Set.of(DeviceType.ESME);
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    BodyElement body = TransformValues.body(request);
    BodyElement rms = TransformValues.child(body, "RMSVoltageSettings");
    long[][] limiters = new long[LIMITERS.length][2];
    for (int i = 0; i < LIMITERS.length; i++) {
      limiters[i][0] = TransformValues.integer(rms, LIMITERS[i][0], 0, UNSIGNED_INT_MAX);
      limiters[i][1] = TransformValues.integer(rms, LIMITERS[i][1], 0, UNSIGNED_INT_MAX);
    }
    PhaseSettings[] phases = phases(body);
    boolean reset = body.child("RMSVoltageCountersNotReset").isEmpty();

    AccessRequestContent content = new AccessRequestContent();
    if (reset) {
      periods(phases, content);
      limiters(limiters, content);
      for (int p = 0; p < phases.length; p++) {
        if (p == 0) {
          over(p, phases[p], content);
          under(p, phases[p], content);
        } else {
          under(p, phases[p], content);
          over(p, phases[p], content);
        }
      }
      for (int p = 0; p < phases.length; p++) {
        content.action(CosemClassIds.REGISTER, phaseObject(p, 32), CosemClassIds.RESET, DlmsData.integer(0));
        content.action(CosemClassIds.REGISTER, phaseObject(p, 36), CosemClassIds.RESET, DlmsData.integer(0));
      }
    } else {
      for (int p = 0; p < phases.length; p++) {
        under(p, phases[p], content);
        over(p, phases[p], content);
      }
      periods(phases, content);
      limiters(limiters, content);
    }
    DlmsUseCaseCommand command = phases.length == 1
        ? (reset ? singlePhase : singlePhaseKeepingCounters)
        : (reset ? polyphase : polyphaseKeepingCounters);
    return command.build(request, content);
  }

  private static PhaseSettings[] phases(BodyElement body) throws RequestRefused {
    if (body.child("SinglePhaseVoltageSettings").isPresent()) {
      return new PhaseSettings[] {PhaseSettings.read(TransformValues.child(body, "SinglePhaseVoltageSettings"))};
    }
    PhaseSettings[] phases = new PhaseSettings[PHASE_C.length];
    for (BodyElement e : body.children("PolyPhaseVoltageSettings")) {
      int phase = (int) TransformValues.integer(e, "Phase", 1, PHASE_C.length);
      if (phases[phase - 1] != null) {
        throw TransformValues.invalid("PolyPhaseVoltageSettings[Phase=" + phase + "]", "once per phase");
      }
      phases[phase - 1] = PhaseSettings.read(TransformValues.child(e, "PhaseVoltageSettings"));
    }
    for (int p = 0; p < phases.length; p++) {
      if (phases[p] == null) {
        throw TransformValues.invalid(body.localName() + "/PolyPhaseVoltageSettings",
            "SinglePhaseVoltageSettings or the settings of phases 1, 2 and 3; phase " + (p + 1) + " is missing");
      }
    }
    return phases;
  }

  private static void periods(PhaseSettings[] phases, AccessRequestContent content) {
    for (int p = 0; p < phases.length; p++) {
      content.set(CosemClassIds.PROFILE_GENERIC, new ObisCode(1, 0, PHASE_C[p], 24, 0, 255), CAPTURE_PERIOD,
          DlmsData.doubleLongUnsigned(phases[p].period()));
    }
  }

  private static void limiters(long[][] limiters, AccessRequestContent content) {
    for (int i = 0; i < limiters.length; i++) {
      ObisCode limiter = new ObisCode(0, 0, 17, 0, i + 1, 255);
      content.set(CosemClassIds.LIMITER, limiter, LIMITER_THRESHOLD, DlmsData.doubleLongUnsigned(limiters[i][0]));
      content.set(CosemClassIds.LIMITER, limiter, LIMITER_MIN_DURATION, DlmsData.doubleLongUnsigned(limiters[i][1]));
    }
  }

  private static void over(int phase, PhaseSettings s, AccessRequestContent content) {
    content.set(CosemClassIds.DATA, phaseObject(phase, 35), CosemClassIds.VALUE,
        DlmsData.doubleLongUnsigned(s.over()));
  }

  private static void under(int phase, PhaseSettings s, AccessRequestContent content) {
    content.set(CosemClassIds.DATA, phaseObject(phase, 31), CosemClassIds.VALUE,
        DlmsData.doubleLongUnsigned(s.under()));
  }

  /** 1-0:C.D.0.4 of the phase's average RMS voltage quantities. */
  private static ObisCode phaseObject(int phase, int d) {
    return new ObisCode(1, 0, PHASE_C[phase], d, 0, 4);
  }
}
