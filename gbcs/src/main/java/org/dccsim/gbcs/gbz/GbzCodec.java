package org.dccsim.gbcs.gbz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;
import org.dccsim.gbcs.security.SensitivePayloadCipher;

/**
 * The GBZ payload codec. Layout (GBZ headers big-endian, ZCL fields little-endian):
 *
 * <pre>
 * payload   = profile id 0109 · component count · [alert code · time stamp (UTC, 4)] · components | alert body
 * component = extended header control (01 last, 02 encrypted, 10 from date-time) · cluster id (2)
 *             · length (2) of what follows · [from date-time (4)]
 *             · [additional header control 00 · additional frame counter]   (encrypted only)
 *             · ZCL frame control · transaction sequence · command id
 *             · ZCL payload | length of ciphered information (2) · ciphered information
 * </pre>
 *
 * An alert is told from a command or response by the byte after the count: alert codes have the
 * top bit set, a control field never has. Decoding is strict (every length, flag and count must
 * agree), so that a decoded payload encodes to the same bytes.
 */
public final class GbzCodec {

  private static final int LAST = 0x01;
  private static final int ENCRYPTED = 0x02;
  private static final int FROM_DATE_TIME = 0x10;
  private static final int ADDITIONAL_HEADER_CONTROL = 0x00;

  private GbzCodec() {}

  public static GbzPayload decode(ByteSlice payload) throws GbcsCodecException {
    ByteReader r = ByteReader.of(payload);
    int at = r.position();
    if (r.u16("GBZ profile id") != GbzPayload.PROFILE_ID) {
      throw new GbcsCodecException(at, "GBZ profile id 0109");
    }
    int countAt = r.position();
    int count = r.u8("number of GBZ components");
    GbzPayload decoded;
    if (r.hasRemaining() && (r.peek("first component") & 0x80) != 0) {
      decoded = readAlert(r, count, countAt);
    } else {
      decoded = new GbzPayload.UseCase(readComponents(r, count));
    }
    r.expectEnd("GBZ payload");
    return decoded;
  }

  public static byte[] encode(GbzPayload payload) {
    ByteWriter w = new ByteWriter(64);
    w.u16(GbzPayload.PROFILE_ID);
    if (payload instanceof GbzPayload.UseCase u) {
      w.u8(u.components().size());
      writeComponents(w, u.components());
    } else if (payload instanceof GbzPayload.Alert a) {
      w.u8(a.body().componentCount()).u16(a.alertCode()).u32(a.timestamp().seconds());
      writeAlertBody(w, a.body());
    }
    return w.toByteArray();
  }

  // ---------------------------------------------------------------- alerts

  private static GbzPayload.Alert readAlert(ByteReader r, int count, int countAt) throws GbcsCodecException {
    int code = r.u16("alert code");
    ZclUtcTime timestamp = new ZclUtcTime(r.u32("alert time stamp"));
    int at = r.position();
    GbzAlertBody body;
    if (count == 0) {
      body = new GbzAlertBody.None();
    } else if (code == GbzPayload.Alert.FUTURE_DATED_ACTIONED || code == GbzPayload.Alert.FUTURE_DATED_NOT_ACTIONED) {
      requireOne(count, countAt, code);
      r.expect(GbzAlertBody.FutureDatedOutcome.LENGTH, "future-dated outcome length");
      body = new GbzAlertBody.FutureDatedOutcome(r.u16("message code"), r.u64("originator counter"),
          r.u16("cluster id"), r.u8("frame control"), r.u8("command id"));
    } else if (code == GbzPayload.Alert.FIRMWARE_VERIFICATION_FAILED
        || code == GbzPayload.Alert.FIRMWARE_VERIFICATION_SUCCESSFUL) {
      requireOne(count, countAt, code);
      if (r.u16("firmware hash prefix") != GbzAlertBody.FirmwareHash.PREFIX) {
        throw new GbcsCodecException(at, "firmware hash prefix 0920");
      }
      body = new GbzAlertBody.FirmwareHash(r.slice(32, "firmware image hash"));
    } else if (code == GbzPayload.Alert.INTEGRITY_ISSUE_WARNING) {
      requireOne(count, countAt, code);
      body = new GbzAlertBody.IntegrityIssueWarning(r.u16("integrity issue warning"));
    } else {
      body = new GbzAlertBody.Components(readComponents(r, count));
    }
    return new GbzPayload.Alert(code, timestamp, body);
  }

  /** The alerts with a body of their own count it as one component. */
  private static void requireOne(int count, int countAt, int code) throws GbcsCodecException {
    if (count != 1) {
      throw new GbcsCodecException(countAt, String.format("component count 1 for alert %04X, not %d", code, count));
    }
  }

  private static void writeAlertBody(ByteWriter w, GbzAlertBody body) {
    if (body instanceof GbzAlertBody.Components c) {
      writeComponents(w, c.components());
    } else if (body instanceof GbzAlertBody.FutureDatedOutcome f) {
      w.u8(GbzAlertBody.FutureDatedOutcome.LENGTH).u16(f.messageCode()).u64(f.originatorCounter())
          .u16(f.clusterId()).u8(f.frameControl()).u8(f.commandId());
    } else if (body instanceof GbzAlertBody.FirmwareHash h) {
      w.u16(GbzAlertBody.FirmwareHash.PREFIX).bytes(h.hash());
    } else if (body instanceof GbzAlertBody.IntegrityIssueWarning i) {
      w.u16(i.warning());
    }
  }

  // ---------------------------------------------------------------- components

  private static List<GbzComponent> readComponents(ByteReader r, int count) throws GbcsCodecException {
    List<GbzComponent> components = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      components.add(readComponent(r, i == count - 1));
    }
    return components;
  }

  private static GbzComponent readComponent(ByteReader r, boolean last) throws GbcsCodecException {
    int at = r.position();
    int control = r.u8("extended header control field");
    if ((control & ~(LAST | ENCRYPTED | FROM_DATE_TIME)) != 0) {
      throw new GbcsCodecException(at, String.format(
          "an extended header control field of bits 01 (last), 02 (encrypted) and 10 (from date-time), not %02X", control));
    }
    if (((control & LAST) != 0) != last) {
      throw new GbcsCodecException(at, "the 'last component' flag " + (last ? "set" : "clear") + " on this component");
    }
    boolean encrypted = (control & ENCRYPTED) != 0;
    if (encrypted && (control & FROM_DATE_TIME) != 0) {
      throw new GbcsCodecException(at, "no from date-time on an encrypted component");
    }
    int cluster = r.u16("cluster id");
    int length = r.u16("GBZ command length");
    ByteSlice body = r.slice(length, "GBZ command of " + length + " bytes");
    ByteReader c = ByteReader.of(body);
    Optional<ZclUtcTime> from = (control & FROM_DATE_TIME) != 0
        ? Optional.of(new ZclUtcTime(c.u32("from date-time")))
        : Optional.empty();
    int frameCounter = 0;
    if (encrypted) {
      c.expect(ADDITIONAL_HEADER_CONTROL, "additional header control");
      frameCounter = c.u8("additional header frame counter");
    }
    ZclHeader header = readHeader(c);
    GbzComponent.Content content;
    if (encrypted) {
      int cipheredAt = c.position();
      int cipheredLength = c.u16("length of ciphered information");
      ByteSlice ciphered = c.slice(cipheredLength, "ciphered information");
      if (cipheredLength < SensitivePayloadCipher.HEADER_LENGTH + 12) {
        throw new GbcsCodecException(cipheredAt, "ciphered information of at least 17 bytes (header and tag)");
      }
      content = new GbzComponent.Encrypted(frameCounter, ciphered);
    } else {
      content = new GbzComponent.Plain(ZclCommandCodec.read(cluster, header, c));
    }
    c.expectEnd(String.format("GBZ component of cluster %04X", cluster));
    return new GbzComponent(cluster, from, header, content);
  }

  private static ZclHeader readHeader(ByteReader c) throws GbcsCodecException {
    int at = c.position();
    int frameControl = c.u8("ZCL frame control");
    if ((frameControl & ~(ZclHeader.CLUSTER_SPECIFIC | ZclHeader.SERVER_TO_CLIENT | ZclHeader.DISABLE_DEFAULT_RESPONSE)) != 0) {
      throw new GbcsCodecException(at, String.format(
          "a ZCL frame control of frame type 0/1, direction and default-response bits only, not %02X", frameControl));
    }
    return new ZclHeader(frameControl, c.u8("ZCL transaction sequence number"), c.u8("ZCL command id"));
  }

  private static void writeComponents(ByteWriter w, List<GbzComponent> components) {
    for (int i = 0; i < components.size(); i++) {
      writeComponent(w, components.get(i), i == components.size() - 1);
    }
  }

  private static void writeComponent(ByteWriter w, GbzComponent component, boolean last) {
    ByteWriter body = new ByteWriter(32);
    component.fromDateTime().ifPresent(t -> body.u32(t.seconds()));
    if (component.content() instanceof GbzComponent.Encrypted e) {
      body.u8(ADDITIONAL_HEADER_CONTROL).u8(e.frameCounter());
    }
    ZclHeader h = component.header();
    body.u8(h.frameControl()).u8(h.sequence()).u8(h.commandId());
    if (component.content() instanceof GbzComponent.Encrypted e) {
      body.u16(e.cipheredInformation().length()).bytes(e.cipheredInformation());
    } else if (component.content() instanceof GbzComponent.Plain p) {
      p.command().writeTo(body);
    }
    int control = (last ? LAST : 0)
        | (component.encrypted() ? ENCRYPTED : 0)
        | (component.fromDateTime().isPresent() ? FROM_DATE_TIME : 0);
    byte[] bytes = body.toByteArray();
    w.u8(control).u16(component.clusterId()).u16(bytes.length).bytes(bytes);
  }
}
