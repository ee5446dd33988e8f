package org.dccsim.dcc.duis;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.dccsim.dcc.xmldsig.Base64Binary;

/**
 * Parsers for the XSD simple types of DUIS headers; each throws IllegalArgumentException with the
 * offending value, which the readers turn into a positioned {@link DuisFormatException}.
 */
final class DuisValues {

  private static final BigDecimal OLDEST_SCHEMA = new BigDecimal("5.0");
  private static final BigDecimal NEWEST_SCHEMA = new BigDecimal("5.4");

  private DuisValues() {}

  /** 5.0 to 5.4: DCC Boxed has sent 5.1 and 5.4, templates say 5.4; the layout is the same. */
  static String schemaVersion(String value) {
    String v = value.strip();
    BigDecimal version;
    try {
      version = new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("schemaVersion '" + v + "' is not a decimal");
    }
    if (version.compareTo(OLDEST_SCHEMA) < 0 || version.compareTo(NEWEST_SCHEMA) > 0) {
      throw new IllegalArgumentException(
          "schemaVersion " + v + " is not supported (5.0 to 5.4 are)");
    }
    return v;
  }

  static int commandVariant(String value) {
    String v = value.strip();
    if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '9') {
      return v.charAt(0) - '0';
    }
    throw new IllegalArgumentException("CommandVariant '" + abbreviate(v) + "' is not 1 to 9");
  }

  static Boolean xsBoolean(String value) {
    switch (value.strip()) {
      case "true", "1":
        return Boolean.TRUE;
      case "false", "0":
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException("'" + abbreviate(value) + "' is not an xs:boolean");
    }
  }

  static String token(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("empty value");
    }
    return v;
  }

  /** An xs:dateTime; DUIS times are UTC, so one written without an offset is taken as UTC. */
  static Instant dateTime(String value) {
    String v = value.strip();
    try {
      TemporalAccessor t =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
      return t instanceof OffsetDateTime odt
          ? odt.toInstant()
          : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + abbreviate(v) + "' is not an xs:dateTime");
    }
  }

  static byte[] base64(String value) {
    try {
      return Base64Binary.decode(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not base64: " + e.getMessage());
    }
  }

  static String abbreviate(String s) {
    return RequestId.abbreviate(s);
  }
}
