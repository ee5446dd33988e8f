package org.dccsim.dcc.transform.esme;

import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.DATA_CLASS;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.DISCONNECT_CONTROL_CLASS;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.SCHEDULE_CLASS;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.SCHEDULER_READ;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.SPECIAL_DAYS_CLASS;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.SPECIAL_DAYS_READ;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.SWITCHES;
import static org.dccsim.dcc.transform.esme.AuxiliaryLoadObjects.VALUE;

import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The ESME use cases whose DUIS request has no parameters: reads of fixed objects, and the supply
 * scripts. Objects, attributes and script ids as GBCS fixes them (layouts of RTDS 4.5.0).
 */
final class FixedEsmeCommands {

  private static final int REGISTER_CLASS = 3;
  private static final int LOAD_LIMIT_CLASS = 9000;
  private static final int LIMITER_CLASS = 71;
  private static final int SCRIPT_TABLE_CLASS = 9;
  private static final int ACCOUNT_CLASS = 112;

  private static final ObisCode LOAD_LIMIT_SUPPLY_STATE = new ObisCode(0, 0, 94, 44, 0, 3);
  private static final ObisCode LOAD_LIMIT_COUNTER = new ObisCode(0, 0, 94, 44, 42, 255);
  private static final ObisCode LOAD_LIMITER = new ObisCode(0, 0, 17, 0, 0, 255);
  private static final ObisCode DISCONNECT_CONTROL_SCRIPTS = new ObisCode(0, 0, 10, 0, 106, 255);
  private static final ObisCode SUPPLY_DISCONNECTOR = new ObisCode(0, 0, 96, 3, 10, 255);
  private static final ObisCode IMPORT_MPAN = new ObisCode(0, 0, 94, 44, 34, 11);
  private static final ObisCode EXPORT_MPAN = new ObisCode(1, 0, 0, 0, 2, 255);
  private static final ObisCode FIRMWARE_VERSION = new ObisCode(0, 0, 0, 2, 1, 255);
  private static final ObisCode METER_BALANCE = new ObisCode(0, 0, 19, 10, 0, 255);

  /** Disconnect control script table entries (ECS42 enable is 0x0033). */
  private static final int DISABLE_SUPPLY_SCRIPT = 0x0034;
  private static final int ARM_SUPPLY_SCRIPT = 0x0036;

  private static final int REGISTER_VALUE = 2;
  private static final int REGISTER_SCALER_UNIT = 3;
  private static final int RESET = 1;
  private static final int LIMITER_THRESHOLD_ACTIVE = 4;
  private static final int LIMITER_MIN_OVER_THRESHOLD_DURATION = 6;
  private static final int LIMITER_MIN_UNDER_THRESHOLD_DURATION = 7;
  private static final int CONTROL_STATE = 3;

  private FixedEsmeCommands() {}

  /** 4.15 Read Load Limit Data → ECS27. */
  static FixedDlmsCommandTransform readLoadLimitData() {
    return new FixedDlmsCommandTransform("ECS27", new AccessRequestContent()
        .get(LOAD_LIMIT_CLASS, LOAD_LIMIT_SUPPLY_STATE, VALUE)
        .get(REGISTER_CLASS, LOAD_LIMIT_COUNTER, REGISTER_VALUE)
        .get(REGISTER_CLASS, LOAD_LIMIT_COUNTER, REGISTER_SCALER_UNIT)
        .get(LIMITER_CLASS, LOAD_LIMITER, LIMITER_THRESHOLD_ACTIVE)
        .get(LIMITER_CLASS, LOAD_LIMITER, LIMITER_MIN_OVER_THRESHOLD_DURATION)
        .get(LIMITER_CLASS, LOAD_LIMITER, LIMITER_MIN_UNDER_THRESHOLD_DURATION));
  }

  /** 6.4.2 Update Device Configuration (Load Limiting Counter Reset) → ECS28b. */
  static FixedDlmsCommandTransform resetLoadLimitCounter() {
    return new FixedDlmsCommandTransform("ECS28b", new AccessRequestContent()
        .action(REGISTER_CLASS, LOAD_LIMIT_COUNTER, RESET, DlmsData.integer(0)));
  }

  /** 6.2.7 Read Device Configuration (MPxN) → ECS40: both MPANs, whatever the meter variant. */
  static FixedDlmsCommandTransform readMpans() {
    return new FixedDlmsCommandTransform("ECS40", new AccessRequestContent()
        .get(DATA_CLASS, IMPORT_MPAN, VALUE)
        .get(DATA_CLASS, EXPORT_MPAN, VALUE));
  }

  /** 7.2 Disable Supply → ECS43 (critical). */
  static FixedDlmsCommandTransform disableSupply() {
    return new FixedDlmsCommandTransform("ECS43", new AccessRequestContent()
        .action(SCRIPT_TABLE_CLASS, DISCONNECT_CONTROL_SCRIPTS, AuxiliaryLoadObjects.EXECUTE,
            DlmsData.longUnsigned(DISABLE_SUPPLY_SCRIPT)));
  }

  /** 7.3 Arm Supply → ECS44 (critical). */
  static FixedDlmsCommandTransform armSupply() {
    return new FixedDlmsCommandTransform("ECS44", new AccessRequestContent()
        .action(SCRIPT_TABLE_CLASS, DISCONNECT_CONTROL_SCRIPTS, AuxiliaryLoadObjects.EXECUTE,
            DlmsData.longUnsigned(ARM_SUPPLY_SCRIPT)));
  }

  /** 7.4 Read Supply Status → ECS45: the disconnector's control state. */
  static FixedDlmsCommandTransform readSupplyStatus() {
    return new FixedDlmsCommandTransform("ECS45", new AccessRequestContent()
        .get(DISCONNECT_CONTROL_CLASS, SUPPLY_DISCONNECTOR, CONTROL_STATE));
  }

  /** 11.2 Read Firmware Version → ECS52 on an ESME. */
  static FixedDlmsCommandTransform readFirmwareVersion() {
    return new FixedDlmsCommandTransform("ECS52", new AccessRequestContent()
        .get(DATA_CLASS, FIRMWARE_VERSION, VALUE));
  }

  /**
   * 7.7 Read Auxiliary Load Switch Data → ECS61a: every switch's description and identity, the
   * special days and scheduler, and every switch's state.
   */
  static FixedDlmsCommandTransform readAuxiliaryLoadSwitchData() {
    AccessRequestContent content = new AccessRequestContent();
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA_CLASS, AuxiliaryLoadObjects.description(n), VALUE);
    }
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA_CLASS, AuxiliaryLoadObjects.switchIdentity(n), VALUE);
    }
    content.get(SPECIAL_DAYS_CLASS, SPECIAL_DAYS_READ, VALUE).get(SCHEDULE_CLASS, SCHEDULER_READ, VALUE);
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DISCONNECT_CONTROL_CLASS, AuxiliaryLoadObjects.switchState(n), VALUE);
    }
    return new FixedDlmsCommandTransform("ECS61a", content);
  }

  /** 7.14 Read Auxiliary Controller Configuration Data → ECS61d. */
  static FixedDlmsCommandTransform readAuxiliaryControllerConfiguration() {
    AccessRequestContent content = new AccessRequestContent();
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA_CLASS, AuxiliaryLoadObjects.description(n), VALUE);
    }
    content.get(SPECIAL_DAYS_CLASS, SPECIAL_DAYS_READ, VALUE).get(SCHEDULE_CLASS, SCHEDULER_READ, VALUE);
    return new FixedDlmsCommandTransform("ECS61d", content);
  }

  /** 7.15 Read Auxiliary Controller Operational Data → ECS61e. */
  static FixedDlmsCommandTransform readAuxiliaryControllerOperationalData() {
    AccessRequestContent content = new AccessRequestContent();
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA_CLASS, AuxiliaryLoadObjects.switchIdentity(n), VALUE);
    }
    for (int n = 1; n <= SWITCHES; n++) {
      content.get(DATA_CLASS, AuxiliaryLoadObjects.operationalData(n), VALUE);
    }
    return new FixedDlmsCommandTransform("ECS61e", content);
  }

  /** 4.18 Read Meter Balance → ECS82 on an ESME. */
  static FixedDlmsCommandTransform readMeterBalance() {
    return new FixedDlmsCommandTransform("ECS82", new AccessRequestContent()
        .get(ACCOUNT_CLASS, METER_BALANCE, VALUE));
  }
}
