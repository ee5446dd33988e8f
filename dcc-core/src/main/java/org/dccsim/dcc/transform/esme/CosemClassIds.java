package org.dccsim.dcc.transform.esme;

/**
 * The COSEM interface classes (DLMS Blue Book) the ESME control commands address, and the
 * attribute that holds the value of a data or register object. GBCS adds class 9000 for the
 * objects whose new value takes effect at an activation date-time.
 */
final class CosemClassIds {

  static final int DATA = 1;
  static final int REGISTER = 3;
  static final int EXTENDED_REGISTER = 4;
  static final int PROFILE_GENERIC = 7;
  static final int CLOCK = 8;
  static final int SCRIPT_TABLE = 9;
  static final int SCHEDULE = 10;
  static final int SPECIAL_DAYS_TABLE = 11;
  static final int REGISTER_MONITOR = 21;
  static final int SINGLE_ACTION_SCHEDULE = 22;
  static final int DATA_PROTECTION = 30;
  static final int DISCONNECT_CONTROL = 70;
  static final int LIMITER = 71;
  static final int ACCOUNT = 112;
  static final int GBCS_DEFERRED_VALUE = 9000;

  /** Attribute 2 of data, register and profile objects: the value (the buffer of a profile). */
  static final int VALUE = 2;
  /** Method 1 of a script table: execute the script whose id is the parameter. */
  static final int EXECUTE = 1;
  /** Method 1 of a register or extended register: reset. */
  static final int RESET = 1;

  private CosemClassIds() {}
}
