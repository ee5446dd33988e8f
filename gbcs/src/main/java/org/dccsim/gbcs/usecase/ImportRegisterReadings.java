package org.dccsim.gbcs.usecase;

import java.util.OptionalLong;

/**
 * What ECS17b returns (encrypted): the ESME's active and reactive import energy registers, each
 * with its COSEM scaler and unit, and on a twin-element ESME a fifth value. RTDS shows that value
 * as a bare double-long-unsigned after the four; reading it as the second element's active import
 * register is an assumption [?].
 */
public record ImportRegisterReadings(
    RegisterValue activeImport, RegisterValue reactiveImport, OptionalLong secondElementActiveImport) {

  /** A register value: value × 10^scaler in the COSEM unit (30 = Wh, 32 = varh). */
  public record RegisterValue(long value, int scaler, int unit) {
    public static final int UNIT_WATT_HOUR = 30;
    public static final int UNIT_VAR_HOUR = 32;

    public RegisterValue {
      if (value < 0 || value > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("a double-long-unsigned register: " + value);
      }
      if (scaler < -128 || scaler > 127 || unit < 0 || unit > 255) {
        throw new IllegalArgumentException("scaler is an integer, unit an enum");
      }
    }
  }
}
