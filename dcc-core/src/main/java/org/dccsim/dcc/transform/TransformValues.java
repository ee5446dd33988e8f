package org.dccsim.dcc.transform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.dccsim.dcc.duis.BodyElement;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.gbcs.dlms.CosemDateTime;

/**
 * Reading DUIS request values for a transform: required and optional children of the body, and
 * the conversions every family needs (xs:dateTime to a COSEM date-time, numbers). A value the
 * schema would not allow becomes a refusal naming the element, not an exception.
 */
public final class TransformValues {

  public static final String STAGE = "transform";

  private TransformValues() {}

  /** The SRV body element (a transform never sees a Signed Pre-Command). */
  public static BodyElement body(AcceptedRequest request) throws RequestRefused {
    return request.body().orElseThrow(() -> invalid("body", "a Service Request body"));
  }

  public static BodyElement child(BodyElement parent, String name) throws RequestRefused {
    return parent.child(name).orElseThrow(() -> invalid(parent.localName() + "/" + name, "present"));
  }

  public static String text(BodyElement parent, String name) throws RequestRefused {
    return parent.childText(name).map(String::trim)
        .orElseThrow(() -> invalid(parent.localName() + "/" + name, "present"));
  }

  public static Optional<String> optionalText(BodyElement parent, String name) {
    return parent.childText(name).map(String::trim);
  }

  public static long integer(BodyElement parent, String name) throws RequestRefused {
    String t = text(parent, name);
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw invalid(parent.localName() + "/" + name, "an integer, not '" + t + "'");
    }
  }

  /** An integer child within {@code min..max} (the range its GBCS type or the XSD allows). */
  public static long integer(BodyElement parent, String name, long min, long max) throws RequestRefused {
    long v = integer(parent, name);
    if (v < min || v > max) {
      throw invalid(parent.localName() + "/" + name, "an integer from " + min + " to " + max + ", not " + v);
    }
    return v;
  }

  /** An xs:boolean element: true, false, 1 or 0. */
  public static boolean bool(BodyElement element) throws RequestRefused {
    return switch (element.text().trim()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw invalid(element.localName(), "an xs:boolean, not '" + element.text().trim() + "'");
    };
  }

  public static boolean bool(BodyElement parent, String name) throws RequestRefused {
    return bool(child(parent, name));
  }

  public static Instant dateTime(BodyElement parent, String name) throws RequestRefused {
    String t = text(parent, name);
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw invalid(parent.localName() + "/" + name, "an xs:dateTime with an offset, not '" + t + "'");
    }
  }

  /** The request's ExecutionDateTime (future-dated requests), when present. */
  public static Optional<Instant> executionDateTime(BodyElement body) throws RequestRefused {
    return body.child("ExecutionDateTime").isPresent()
        ? Optional.of(dateTime(body, "ExecutionDateTime"))
        : Optional.empty();
  }

  public static LocalDate date(BodyElement parent, String name) throws RequestRefused {
    String t = text(parent, name);
    try {
      return LocalDate.parse(t.endsWith("Z") ? t.substring(0, t.length() - 1) : t);
    } catch (DateTimeParseException e) {
      throw invalid(parent.localName() + "/" + name, "an xs:date, not '" + t + "'");
    }
  }

  /** An xs:time such as "07:00:00.00Z", in UTC. */
  public static LocalTime time(BodyElement parent, String name) throws RequestRefused {
    String t = text(parent, name);
    try {
      return t.endsWith("Z") || t.contains("+") || t.lastIndexOf('-') > 0
          ? OffsetTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime()
          : LocalTime.parse(t);
    } catch (DateTimeParseException e) {
      throw invalid(parent.localName() + "/" + name, "an xs:time, not '" + t + "'");
    }
  }

  /**
   * A COSEM date-time in UTC as GBCS commands carry it: day of week not specified (FF),
   * deviation 0 (UTC) and status 00. Use cases whose RTDS shows other deviation or status bytes
   * build their own.
   */
  public static CosemDateTime cosemUtc(Instant t) {
    return CosemDateTime.of(LocalDateTime.ofInstant(t, ZoneOffset.UTC), 0, 0);
  }

  public static RequestRefused invalid(String element, String expected) {
    return new RequestRefused(STAGE, Outcome.BODY_INVALID, element + ": expected " + expected);
  }
}
