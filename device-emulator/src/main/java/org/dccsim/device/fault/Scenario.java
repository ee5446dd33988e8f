package org.dccsim.device.fault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.dccsim.device.CspRegion;
import org.dccsim.device.JsonNames;
import org.dccsim.smki.Eui64;

/**
 * A scenario: events at offsets from its start. Written as JSON; each event has an {@code at}
 * (ISO-8601 duration from the start, default PT0S) and exactly one event field:
 *
 * <pre>
 * {"name": "northern outage",
 *  "events": [
 *   {"at": "PT1M",  "powerOutage": {"region": "north", "premises": "0-9999", "duration": "PT10M"}},
 *   {"at": "PT2M",  "commsHubOffline": {"commsHubs": ["02-DC-C5-00-00-00-00-08"], "duration": "PT5M"}},
 *   {"at": "PT2M",  "commsHubOnline": {"region": "south"}},
 *   {"at": "PT3M",  "billing": {"region": "central"}},
 *   {"at": "PT3M",  "stopAnswering": {"device": "02-DC-C5-00-00-00-00-01", "duration": "PT1H"}},
 *   {"at": "PT3M",  "clockDrift": {"device": "02-DC-C5-00-00-00-00-01", "drift": "PT5M"}},
 *   {"at": "PT4M",  "firmwareFault": {"device": "02-DC-C5-00-00-00-00-01"}},
 *   {"at": "PT4M",  "tamper": {"device": "02-DC-C5-00-00-00-00-01", "kind": "meterCoverRemoved"}},
 *   {"at": "PT5M",  "heal": {"device": "02-DC-C5-00-00-00-00-01"}},
 *   {"at": "PT6M",  "ppmidTopUp": {"ppmid": "02-DC-C5-00-00-00-00-04", "meter": "02-DC-C5-00-00-00-00-02",
 *                                  "utrn": "73394165688095080448"}}]}
 * </pre>
 *
 * Premises are chosen by {@code region}, {@code premises} (a population index range "a-b",
 * inclusive, or a single index) or both, or by {@code commsHubs}. Errors name the event and field
 * at fault.
 */
public record Scenario(String name, List<TimedEvent> events) {

  /** An event at an offset from the scenario's start. */
  public record TimedEvent(Duration at, ScenarioEvent event) {}

  private static final Map<String, BiFunction<String, JsonNode, ScenarioEvent>> EVENTS = Map.of(
      "powerOutage", (where, n) -> new ScenarioEvent.PowerOutage(premises(where, n), requiredDuration(where, n, "duration")),
      "commsHubOffline", (where, n) -> new ScenarioEvent.CommsHubOffline(premises(where, n), duration(where, n, "duration")),
      "commsHubOnline", (where, n) -> new ScenarioEvent.CommsHubOnline(premises(where, n)),
      "billing", (where, n) -> new ScenarioEvent.Billing(premises(where, n)),
      "stopAnswering", (where, n) -> new ScenarioEvent.StopAnswering(device(where, n), duration(where, n, "duration")),
      "clockDrift", (where, n) -> new ScenarioEvent.ClockDrift(device(where, n), requiredDuration(where, n, "drift")),
      "firmwareFault", (where, n) -> new ScenarioEvent.FirmwareFault(device(where, n)),
      "tamper", (where, n) -> new ScenarioEvent.Tamper(device(where, n), tamperKind(where, n)),
      "heal", (where, n) -> new ScenarioEvent.Heal(device(where, n)),
      "ppmidTopUp", Scenario::ppmidTopUp);

  public Scenario {
    events = List.copyOf(events);
  }

  public static Scenario fromFile(Path file) throws IOException {
    return fromJson(Files.readString(file));
  }

  /** @throws IllegalArgumentException naming the event and field at fault */
  public static Scenario fromJson(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !root.path("events").isArray()) {
      throw new IllegalArgumentException("a scenario is a JSON object with an \"events\" array");
    }
    List<TimedEvent> events = new ArrayList<>();
    int i = 0;
    for (JsonNode e : root.get("events")) {
      events.add(event("event " + i++, e));
    }
    return new Scenario(root.path("name").asText("scenario"), events);
  }

  /** Reads one event, as the control API receives it; {@code at} is then ignored. */
  public static ScenarioEvent eventFromJson(String json) {
    try {
      return event("event", new ObjectMapper().readTree(json)).event();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
  }

  private static TimedEvent event(String where, JsonNode e) {
    if (e == null || !e.isObject()) {
      throw new IllegalArgumentException(where + " is not a JSON object");
    }
    Duration at = duration(where, e, "at").orElse(Duration.ZERO);
    if (at.isNegative()) {
      throw new IllegalArgumentException(where + ": \"at\" must not be negative");
    }
    ScenarioEvent event = null;
    for (Iterator<String> names = e.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equals("at")) {
        continue;
      }
      BiFunction<String, JsonNode, ScenarioEvent> reader = EVENTS.get(name);
      if (reader == null) {
        throw new IllegalArgumentException(where + ": unknown event \"" + name + "\"; known: " + EVENTS.keySet());
      }
      if (event != null) {
        throw new IllegalArgumentException(where + ": one event per entry");
      }
      JsonNode body = e.get(name);
      if (!body.isObject()) {
        throw new IllegalArgumentException(where + ": \"" + name + "\" takes an object");
      }
      event = reader.apply(where + " (" + name + ")", body);
    }
    if (event == null) {
      throw new IllegalArgumentException(where + ": no event; one of " + EVENTS.keySet());
    }
    return new TimedEvent(at, event);
  }

  private static PremisesSelection premises(String where, JsonNode n) {
    checkFields(where, n, Set.of("region", "premises", "commsHubs", "duration"));
    if (n.has("commsHubs")) {
      if (!n.get("commsHubs").isArray() || n.get("commsHubs").isEmpty()) {
        throw new IllegalArgumentException(where + ": \"commsHubs\" is a non-empty array of EUI-64s");
      }
      List<Eui64> hubs = new ArrayList<>();
      for (JsonNode h : n.get("commsHubs")) {
        hubs.add(eui(where, h.asText()));
      }
      return PremisesSelection.commsHubs(hubs);
    }
    PremisesSelection s = PremisesSelection.all();
    if (n.has("premises")) {
      String text = n.get("premises").asText();
      try {
        int dash = text.indexOf('-');
        long from = Long.parseLong((dash < 0 ? text : text.substring(0, dash)).trim());
        long to = dash < 0 ? from : Long.parseLong(text.substring(dash + 1).trim());
        s = PremisesSelection.range(from, to + 1);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException(where + ": \"premises\" is an index or a range \"a-b\", not \"" + text + "\"");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage());
      }
    }
    if (n.has("region")) {
      String r = n.get("region").asText();
      CspRegion region = JsonNames.find(CspRegion.class, r);
      if (region == null) {
        throw new IllegalArgumentException(where + ": \"region\" is north, central or south, not \"" + r + "\"");
      }
      s = s.inRegion(region);
    }
    return s;
  }

  private static Eui64 device(String where, JsonNode n) {
    checkFields(where, n, Set.of("device", "duration", "drift", "kind"));
    if (!n.has("device")) {
      throw new IllegalArgumentException(where + ": \"device\" (an EUI-64) is missing");
    }
    return eui(where, n.get("device").asText());
  }

  private static ScenarioEvent ppmidTopUp(String where, JsonNode n) {
    checkFields(where, n, Set.of("ppmid", "meter", "utrn"));
    for (String field : new String[] {"ppmid", "meter", "utrn"}) {
      if (!n.hasNonNull(field)) {
        throw new IllegalArgumentException(where + ": \"" + field + "\" is missing");
      }
    }
    String utrn = n.get("utrn").asText().replace(" ", "");
    if (utrn.length() != 20 || !utrn.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(where + ": \"utrn\" is 20 digits, not \"" + n.get("utrn").asText() + "\"");
    }
    return new ScenarioEvent.PpmidTopUp(eui(where, n.get("ppmid").asText()), eui(where, n.get("meter").asText()), utrn);
  }

  private static FaultInjector.Tamper tamperKind(String where, JsonNode n) {
    String kind = n.path("kind").asText("tamperDetect");
    FaultInjector.Tamper t = JsonNames.find(FaultInjector.Tamper.class, kind);
    if (t != null) {
      return t;
    }
    List<String> known = new ArrayList<>();
    for (FaultInjector.Tamper k : FaultInjector.Tamper.values()) {
      known.add(JsonNames.camel(k));
    }
    throw new IllegalArgumentException(where + ": \"kind\" is one of " + known + ", not \"" + kind + "\"");
  }

  private static Eui64 eui(String where, String text) {
    try {
      return Eui64.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": not an EUI-64: \"" + text + "\"");
    }
  }

  private static Duration requiredDuration(String where, JsonNode n, String field) {
    return duration(where, n, field)
        .orElseThrow(() -> new IllegalArgumentException(where + ": \"" + field + "\" (an ISO-8601 duration) is missing"));
  }

  private static Optional<Duration> duration(String where, JsonNode n, String field) {
    if (!n.has(field)) {
      return Optional.empty();
    }
    String text = n.get(field).asText();
    try {
      return Optional.of(Duration.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" is an ISO-8601 duration such as PT10M, not \""
          + text + "\"");
    }
  }

  private static void checkFields(String where, JsonNode n, Set<String> allowed) {
    for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(where + ": unknown field \"" + name + "\"");
      }
    }
  }
}
