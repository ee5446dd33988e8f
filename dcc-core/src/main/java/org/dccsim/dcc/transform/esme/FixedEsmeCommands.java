package org.dccsim.dcc.transform.esme;

import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.SCHEDULER_READ;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.SPECIAL_DAYS_READ;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.SWITCHES;
import static org.dccsim.dcc.transform.esme.CosemClassIds.ACCOUNT;
import static org.dccsim.dcc.transform.esme.CosemClassIds.DATA;
import static org.dccsim.dcc.transform.esme.CosemClassIds.DISCONNECT_CONTROL;
import static org.dccsim.dcc.transform.esme.CosemClassIds.EXECUTE;
import static org.dccsim.dcc.transform.esme.CosemClassIds.GBCS_DEFERRED_VALUE;
import static org.dccsim.dcc.transform.esme.CosemClassIds.LIMITER;
import static org.dccsim.dcc.transform.esme.CosemClassIds.REGISTER;
import static org.dccsim.dcc.transform.esme.CosemClassIds.RESET;
import static org.dccsim.dcc.transform.esme.CosemClassIds.SCHEDULE;
import static org.dccsim.dcc.transform.esme.CosemClassIds.SCRIPT_TABLE;
import static org.dccsim.dcc.transform.esme.CosemClassIds.SPECIAL_DAYS_TABLE;
import static org.dccsim.dcc.transform.esme.CosemClassIds.VALUE;

import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The ESME use cases whose DUIS request has no parameters: reads of fixed objects, and the supply
 * scripts. Objects, attributes and script ids as GBCS fixes them (layouts of RTDS 4.5.0).
 */
final class FixedEsmeCommands {

  private static final ObisCode LOAD_LIMIT_SUPPLY_STATE = new ObisCode(0, 0, 94, 44, 0, 3);
  private static final ObisCode LOAD_LIMIT_COUNTER = new ObisCode(0, 0, 94, 44, 42, 255);
  private static final ObisCode LOAD_LIMITER = new ObisCode(0, 0, 17, 0, 0, 255);
  private static final ObisCode DISCONNECT_CONTROL_SCRIPTS = new ObisCode(0, 0, 10, 0, 106, 255);
  private static final ObisCode SUPPLY_DISCONNECTOR = new ObisCode(0, 0, 96, 3, 10, 255);
  private static final ObisCode FIRMWARE_VERSION = new ObisCode(0, 0, 0, 2, 1, 255);
  private static final ObisCode METER_BALANCE = new ObisCode(0, 0, 19, 10, 0, 255);

  /** Disconnect control script table entries (ECS42 enable is 0x0033). */
  private static final int DISABLE_SUPPLY_SCRIPT = 0x0034;
  private static final int ARM_SUPPLY_SCRIPT = 0x0036;

  private static final int REGISTER_SCALER_UNIT = 3;
  private static final int LIMITER_THRESHOLD_ACTIVE = 4;
  private static final int LIMITER_MIN_OVER_THRESHOLD_DURATION = 6;
  private static final int LIMITER_MIN_UNDER_THRESHOLD_DURATION = 7;
  private static final int CONTROL_STATE = 3;

  private FixedEsmeCommands() {}

  /** 4.15 Read Load Limit Data → ECS27. */
  static FixedDlmsCommandTransform readLoadLimitData() {
    return new FixedDlmsCommandTransform("ECS27", new AccessRequestContent()
        .get(GBCS_DEFERRED_VALUE, LOAD_LIMIT_SUPPLY_STATE, VALUE)
        .get(REGISTER, LOAD_LIMIT_COUNTER, VALUE)
        .get(REGISTER, LOAD_LIMIT_COUNTER, REGISTER_SCALER_UNIT)
        .get(LIMITER, LOAD_LIMITER, LIMITER_THRESHOLD_ACTIVE)
        .get(LIMITER, LOAD_LIMITER, LIMITER_MIN_OVER_THRESHOLD_DURATION)
        .get(LIMITER, LOAD_LIMITER, LIMITER_MIN_UNDER_THRESHOLD_DURATION));
  }

  /** 6.4.2 Update Device Configuration (Load Limiting Counter Reset) → ECS28b. */
  static FixedDlmsCommandTransform resetLoadLimitCounter() {
    return new FixedDlmsCommandTransform("ECS28b", new AccessRequestContent()
        .action(REGISTER, LOAD_LIMIT_COUNTER, RESET, DlmsData.integer(0)));
  }

  /**
   * 6.27 Update Device Configuration (RMS Voltage Counter Reset) → ECS29e: reset the counters of
   * the phase's RMS voltage going under and over its thresholds (1-0:32.32.0.4, 1-0:32.36.0.4);
   * on a polyphase ESME → ECS29f, those of phases 2 and 3 (C = 52, 72) too.
   */
  static FixedDlmsCommandTransform resetRmsVoltageCounters(boolean polyphase) {
    AccessRequestContent content = new AccessRequestContent();
    for (int phase : polyphase ? new int[] {32, 52, 72} : new int[] {32}) {
      content.action(REGISTER, new ObisCode(1, 0, phase, 32, 0, 4), RESET, DlmsData.integer(0))
          .action(REGISTER, new ObisCode(1, 0, phase, 36, 0, 4), RESET, DlmsData.integer(0));
    }
    return new FixedDlmsCommandTransform(polyphase ? "ECS29f" : "ECS29e", content);
  }

  /** 6.2.7 Read Device Configuration (MPxN) → ECS40: both MPANs, whatever the meter variant. */
  static FixedDlmsCommandTransform readMpans() {
    return new FixedDlmsCommandTransform("ECS40", new AccessRequestContent()
        .get(DATA, MpanTransform.IMPORT_MPAN, VALUE)
        .get(DATA, MpanTransform.EXPORT_MPAN, VALUE));
  }

  /** 7.2 Disable Supply → ECS43 (critical). */
  static FixedDlmsCommandTransform disableSupply() {
    return new FixedDlmsCommandTransform("ECS43", new AccessRequestContent()
        .action(SCRIPT_TABLE, DISCONNECT_CONTROL_SCRIPTS, EXECUTE,
            DlmsData.longUnsigned(DISABLE_SUPPLY_SCRIPT)));
  }

  /** 7.3 Arm Supply → ECS44 (critical). */
  static FixedDlmsCommandTransform armSupply() {
    return new FixedDlmsCommandTransform("ECS44", new AccessRequestContent()
        .action(SCRIPT_TABLE, DISCONNECT_CONTROL_SCRIPTS, EXECUTE,
            DlmsData.longUnsigned(ARM_SUPPLY_SCRIPT)));
  }

  /** 7.4 Read Supply Status → ECS45: the disconnector's control state. */
  static FixedDlmsCommandTransform readSupplyStatus() {
    return new FixedDlmsCommandTransform("ECS45", new AccessRequestContent()
        .get(DISCONNECT_CONTROL, SUPPLY_DISCONNECTOR, CONTROL_STATE));
  }

  /** 11.2 Read Firmware Version → ECS52 on an ESME. */
  static FixedDlmsCommandTransform readFirmwareVersion() {
    return new FixedDlmsCommandTransform("ECS52", new AccessRequestContent()
        .get(DATA, FIRMWARE_VERSION, VALUE));
  }

  /**
   * 7.7 Read Auxiliary Load Switch Data → ECS61a: every switch's description and identity, the
   * special days and scheduler, and every switch's state.
   */
  static FixedDlmsCommandTransform readAuxiliaryLoadSwitchData() {
    AccessRequestContent content = new AccessRequestContent();
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA, AuxiliaryLoadObjects.description(n), VALUE);
    }
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA, AuxiliaryLoadObjects.switchIdentity(n), VALUE);
    }
    content.get(SPECIAL_DAYS_TABLE, SPECIAL_DAYS_READ, VALUE).get(SCHEDULE, SCHEDULER_READ, VALUE);
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DISCONNECT_CONTROL, AuxiliaryLoadObjects.switchState(n), VALUE);
    }
    return new FixedDlmsCommandTransform("ECS61a", content);
  }

  /** 7.14 Read Auxiliary Controller Configuration Data → ECS61d. */
  static FixedDlmsCommandTransform readAuxiliaryControllerConfiguration() {
    AccessRequestContent content = new AccessRequestContent();
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA, AuxiliaryLoadObjects.description(n), VALUE);
    }
    content.get(SPECIAL_DAYS_TABLE, SPECIAL_DAYS_READ, VALUE).get(SCHEDULE, SCHEDULER_READ, VALUE);
    return new FixedDlmsCommandTransform("ECS61d", content);
  }

  /** 7.15 Read Auxiliary Controller Operational Data → ECS61e. */
  static FixedDlmsCommandTransform readAuxiliaryControllerOperationalData() {
    AccessRequestContent content = new AccessRequestContent();
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA, AuxiliaryLoadObjects.switchIdentity(n), VALUE);
    }
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA, AuxiliaryLoadObjects.operationalData(n), VALUE);
    }
    return new FixedDlmsCommandTransform("ECS61e", content);
  }

  /** 4.18 Read Meter Balance → ECS82 on an ESME. */
  static FixedDlmsCommandTransform readMeterBalance() {
    return new FixedDlmsCommandTransform("ECS82", new AccessRequestContent()
        .get(ACCOUNT, METER_BALANCE, VALUE));
  }
}
