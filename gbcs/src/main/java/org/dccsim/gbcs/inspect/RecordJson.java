package org.dccsim.gbcs.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.dccsim.gbcs.dlms.CosemDateTime;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.smki.Eui64;

/**
 * Renders the codecs' typed values as JSON for people reading a message: records become objects
 * (the record's own component names), lists arrays, bytes hex, EUI-64s and OBIS codes their usual
 * text, DLMS values {"type", "value"}. Reflection is fine here: this serves the decoder tool, not
 * the message path.
 */
final class RecordJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private RecordJson() {}

  static JsonNode of(Object value) {
    if (value == null) {
      return F.nullNode();
    }
    if (value instanceof DlmsData d) {
      return dlms(d);
    }
    if (value instanceof ByteSlice b) {
      return F.textNode(HEX.formatHex(b.toByteArray()));
    }
    if (value instanceof byte[] b) {
      return F.textNode(HEX.formatHex(b));
    }
    if (value instanceof Eui64 || value instanceof Enum<?> || value instanceof CharSequence
        || value instanceof CosemDateTime || value instanceof org.dccsim.gbcs.dlms.ObisCode) {
      return F.textNode(value.toString());
    }
    if (value instanceof Long l) {
      return F.numberNode(l);
    }
    if (value instanceof Integer i) {
      return F.numberNode(i);
    }
    if (value instanceof Boolean b) {
      return F.booleanNode(b);
    }
    if (value instanceof Optional<?> o) {
      return o.map(RecordJson::of).orElse(F.nullNode());
    }
    if (value instanceof OptionalLong o) {
      return o.isPresent() ? F.numberNode(o.getAsLong()) : F.nullNode();
    }
    if (value instanceof OptionalInt o) {
      return o.isPresent() ? F.numberNode(o.getAsInt()) : F.nullNode();
    }
    if (value instanceof Collection<?> c) {
      ArrayNode a = F.arrayNode();
      c.forEach(e -> a.add(of(e)));
      return a;
    }
    if (value.getClass().isRecord()) {
      ObjectNode o = F.objectNode();
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        try {
          o.set(rc.getName(), of(rc.getAccessor().invoke(value)));
        } catch (ReflectiveOperationException e) {
          o.put(rc.getName(), "unreadable: " + e);
        }
      }
      return o;
    }
    return F.textNode(value.toString());
  }

  private static JsonNode dlms(DlmsData d) {
    ObjectNode o = F.objectNode();
    String type = d.getClass().getSimpleName();
    o.put("type", type.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
    if (d instanceof DlmsData.Structure s) {
      ArrayNode a = o.putArray("elements");
      s.elements().forEach(e -> a.add(dlms(e)));
    } else if (d instanceof DlmsData.DlmsArray s) {
      ArrayNode a = o.putArray("elements");
      s.elements().forEach(e -> a.add(dlms(e)));
    } else if (d instanceof DlmsData.OctetString s) {
      byte[] b = s.value().toByteArray();
      o.put("hex", HEX.formatHex(b));
      if (b.length == 12) {
        CosemDateTime.of(b).localDateTime().ifPresent(t -> o.put("dateTime", t.toString()));
      }
    } else if (d instanceof DlmsData.IntegerValue i) {
      o.put("type", i.type().name().replace('_', '-').toLowerCase(Locale.ROOT));
      o.put("value", i.value());
    } else if (d.getClass().isRecord()) {
      for (RecordComponent rc : d.getClass().getRecordComponents()) {
        try {
          o.set(rc.getName(), of(rc.getAccessor().invoke(d)));
        } catch (ReflectiveOperationException e) {
          o.put(rc.getName(), "unreadable: " + e);
        }
      }
    }
    return o;
  }
}
