package org.dccsim.dcc.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The DUIS response code reported for each {@link Outcome}; defaults overridable per outcome. */
public final class ResponseCodes {

  private static final Pattern DUIS_CODE = Pattern.compile("I0|I99|E\\d{1,6}|W\\d{6}");

  private final EnumMap<Outcome, String> codes = new EnumMap<>(Outcome.class);

  private ResponseCodes(Map<Outcome, String> overrides) {
    for (Outcome o : Outcome.values()) {
      codes.put(o, overrides.getOrDefault(o, o.defaultCode()));
    }
  }

  public static ResponseCodes defaults() {
    return new ResponseCodes(Map.of());
  }

  /**
   * @param overrides e.g. {SIGNATURE_INVALID: "E56"}
   * @throws IllegalArgumentException for a code that is not of DUIS form
   */
  public static ResponseCodes withOverrides(Map<Outcome, String> overrides) {
    overrides.forEach((o, c) -> {
      if (!DUIS_CODE.matcher(c).matches()) {
        throw new IllegalArgumentException("not a DUIS response code for " + o + ": " + c);
      }
    });
    return new ResponseCodes(overrides);
  }

  public String codeFor(Outcome outcome) {
    return codes.get(outcome);
  }
}
