package org.dccsim.dcc.transform.esme;

import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The COSEM objects of the ESME's auxiliary load control switches (ALCS, HCALCS) and auxiliary
 * controllers (APC), numbered 1 to 5, shared by the configuration, control and read use cases
 * (ECS46, ECS47, ECS61, ECS62). Logical names as RTDS 4.5.0 addresses them.
 */
final class AuxiliaryLoadObjects {

  static final int SWITCHES = 5;

  /** The ALCS/HCALCS script table (ECS47 activate, deactivate, reset; ECS47a set state). */
  static final ObisCode SWITCH_SCRIPTS = new ObisCode(0, 0, 10, 0, 103, 255);
  /**
   * The special days table and the scheduler. RTDS reads them as 0-0:11.0.3.255 and
   * 0-0:12.0.2.255 (ECS61a, ECS61d) but writes them as 0-1:11.0.3.255 and 0-1:12.0.2.255 (ECS46c,
   * ECS46d); each use case keeps its own.
   */
  static final ObisCode SPECIAL_DAYS_READ = new ObisCode(0, 0, 11, 0, 3, 255);
  static final ObisCode SCHEDULER_READ = new ObisCode(0, 0, 12, 0, 2, 255);
  static final ObisCode SPECIAL_DAYS_WRITE = new ObisCode(0, 1, 11, 0, 3, 255);
  static final ObisCode SCHEDULER_WRITE = new ObisCode(0, 1, 12, 0, 2, 255);

  private AuxiliaryLoadObjects() {}

  /** The switch's description (text), 0-0:94.44.0.(10 + n). */
  static ObisCode description(int n) {
    return new ObisCode(0, 0, 94, 44, 0, 10 + n);
  }

  /** The switch's identity: eight zero bytes for an ALCS, the HCALCS's EUI-64, 0-0:94.44.0.(20 + n). */
  static ObisCode switchIdentity(int n) {
    return new ObisCode(0, 0, 94, 44, 0, 20 + n);
  }

  /** The controller's operational data, 0-0:94.44.0.(30 + n). */
  static ObisCode operationalData(int n) {
    return new ObisCode(0, 0, 94, 44, 0, 30 + n);
  }

  /** Whether the boost button acts on the switch, 0-0:94.44.6.n. */
  static ObisCode boostMembership(int n) {
    return new ObisCode(0, 0, 94, 44, 6, n);
  }

  /** The switch's state, 0-n:96.3.10.255. */
  static ObisCode switchState(int n) {
    return new ObisCode(0, n, 96, 3, 10, 255);
  }

  /**
   * A script parameter of switch n, 0-0:94.44.(116 + n).k: k 1 and 2 hold the activation and
   * deactivation durations (ECS47) or the start and end of a commanded state (ECS47a), 3 and 4
   * the start and end of a limited APC level (ECS47e).
   */
  static ObisCode scriptParameter(int n, int k) {
    return new ObisCode(0, 0, 94, 44, 116 + n, k);
  }
}
