package org.dccsim.gbcs.dlms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.DlmsData.BitString;
import org.dccsim.gbcs.dlms.DlmsData.BooleanValue;
import org.dccsim.gbcs.dlms.DlmsData.CompactArray;
import org.dccsim.gbcs.dlms.DlmsData.DateOrTime;
import org.dccsim.gbcs.dlms.DlmsData.DateTimeValue;
import org.dccsim.gbcs.dlms.DlmsData.DlmsArray;
import org.dccsim.gbcs.dlms.DlmsData.FloatValue;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.NullData;
import org.dccsim.gbcs.dlms.DlmsData.OctetString;
import org.dccsim.gbcs.dlms.DlmsData.Structure;
import org.dccsim.gbcs.dlms.DlmsData.TextString;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteSlice;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/**
 * A-XDR encoding of DLMS Data and of the xDLMS Access-Request, Access-Response and
 * Data-Notification APDUs as GBCS uses them. Lengths and element counts use the A-XDR
 * variable-length form (one byte below 0x80, else 0x8n and n bytes); a longer form than needed is
 * refused so that decoding then encoding gives the same bytes. Decoded octet strings are views of
 * the input, not copies.
 */
public final class DlmsCodec {

  /** Deep enough for every GBCS structure; stops a hostile payload from exhausting the stack. */
  private static final int MAX_DEPTH = 32;

  private DlmsCodec() {}

  // ---------------------------------------------------------------- Data

  public static DlmsData decodeData(ByteSlice bytes) throws GbcsCodecException {
    ByteReader r = ByteReader.of(bytes);
    DlmsData d = readData(r);
    r.expectEnd("DLMS data");
    return d;
  }

  public static byte[] encodeData(DlmsData data) {
    ByteWriter w = new ByteWriter(64);
    writeData(w, data);
    return w.toByteArray();
  }

  public static DlmsData readData(ByteReader r) throws GbcsCodecException {
    return readData(r, 0);
  }

  private static DlmsData readData(ByteReader r, int depth) throws GbcsCodecException {
    int at = r.position();
    if (depth > MAX_DEPTH) {
      throw new GbcsCodecException(at, "DLMS data nested at most " + MAX_DEPTH + " deep");
    }
    int tag = r.u8("DLMS data type");
    switch (tag) {
      case 1:
      case 2:
        {
          int count = readLength(r, tag == 1 ? "array element count" : "structure element count");
          // each element takes at least one byte: a count beyond the input is malformed
          r.require(count, "elements of the " + (tag == 1 ? "array" : "structure"));
          List<DlmsData> elements = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            elements.add(readData(r, depth + 1));
          }
          return tag == 1 ? new DlmsArray(elements) : new Structure(elements);
        }
      case 19:
        return readCompactArray(r, depth);
      default:
        if (!DlmsTypeDescription.isSimpleTag(tag)) {
          throw new GbcsCodecException(at, "a supported DLMS data type, not tag " + tag);
        }
        return readSimpleValue(tag, r);
    }
  }

  /** The value of a single-valued type, without its tag: as in Data, and in compact arrays. */
  private static DlmsData readSimpleValue(int tag, ByteReader r) throws GbcsCodecException {
    switch (tag) {
      case 0:
        return NullData.INSTANCE;
      case 3:
        return new BooleanValue(r.u8("boolean"));
      case 4:
        {
          int bits = readLength(r, "bit-string length");
          return new BitString(bits, r.slice((bits + 7) / 8, "bit-string"));
        }
      case 9:
        return new OctetString(r.slice(readLength(r, "octet-string length"), "octet-string"));
      case 10:
      case 12:
        return new TextString(tag == 12, r.slice(readLength(r, "string length"), "string"));
      case 23:
        return new FloatValue(false, r.u32("float32"));
      case 24:
        return new FloatValue(true, r.u64("float64"));
      case 25:
        r.require(CosemDateTime.LENGTH, "date-time");
        return new DateTimeValue(CosemDateTime.of(r.bytes(CosemDateTime.LENGTH, "date-time")));
      case 26:
        return new DateOrTime(true, r.slice(5, "date"));
      case 27:
        return new DateOrTime(false, r.slice(4, "time"));
      default:
        IntegerType type = IntegerType.ofTag(tag);
        return new IntegerValue(type, type.fromBits(r.bigEndian(type.size(), type.name())));
    }
  }

  public static void writeData(ByteWriter w, DlmsData data) {
    w.u8(tagOf(data));
    if (data instanceof DlmsArray a) {
      writeLength(w, a.elements().size());
      a.elements().forEach(e -> writeData(w, e));
    } else if (data instanceof Structure s) {
      writeLength(w, s.elements().size());
      s.elements().forEach(e -> writeData(w, e));
    } else if (data instanceof CompactArray c) {
      writeTypeDescription(w, c.description());
      ByteWriter contents = new ByteWriter(16 * c.elements().size());
      c.elements().forEach(e -> writeCompactValue(contents, c.description(), e));
      writeLength(w, contents.size());
      w.bytes(contents.toByteArray());
    } else {
      writeSimpleValue(w, data);
    }
  }

  private static void writeSimpleValue(ByteWriter w, DlmsData data) {
    // Java 17: no pattern switch; the sealed interface keeps this list complete
    if (data instanceof NullData) {
      return;
    } else if (data instanceof BooleanValue b) {
      w.u8(b.octet());
    } else if (data instanceof BitString b) {
      writeLength(w, b.bits());
      w.bytes(b.value());
    } else if (data instanceof OctetString o) {
      writeLength(w, o.value().length());
      w.bytes(o.value());
    } else if (data instanceof TextString t) {
      writeLength(w, t.value().length());
      w.bytes(t.value());
    } else if (data instanceof FloatValue f) {
      w.bigEndian(f.bits(), f.doublePrecision() ? 8 : 4);
    } else if (data instanceof DateTimeValue d) {
      w.bytes(d.value().toByteArray());
    } else if (data instanceof DateOrTime d) {
      w.bytes(d.value());
    } else if (data instanceof IntegerValue i) {
      w.bigEndian(i.value(), i.type().size());
    } else {
      throw new IllegalStateException("not a simple DLMS value: " + data);
    }
  }

  /** The A-XDR tag of a value's data type. */
  static int tagOf(DlmsData data) {
    if (data instanceof NullData) {
      return 0;
    } else if (data instanceof DlmsArray) {
      return 1;
    } else if (data instanceof Structure) {
      return 2;
    } else if (data instanceof BooleanValue) {
      return 3;
    } else if (data instanceof BitString) {
      return 4;
    } else if (data instanceof OctetString) {
      return 9;
    } else if (data instanceof TextString t) {
      return t.utf8() ? 12 : 10;
    } else if (data instanceof CompactArray) {
      return 19;
    } else if (data instanceof FloatValue f) {
      return f.doublePrecision() ? 24 : 23;
    } else if (data instanceof DateTimeValue) {
      return 25;
    } else if (data instanceof DateOrTime d) {
      return d.date() ? 26 : 27;
    } else if (data instanceof IntegerValue i) {
      return i.type().tag();
    }
    throw new IllegalStateException("unknown DLMS data " + data);
  }

  // ---------------------------------------------------------------- compact array (tag 19)

  /**
   * A compact array after its tag: type description, then an octet string holding the elements
   * back to back. The elements are read within that octet string and must fill it exactly.
   */
  private static CompactArray readCompactArray(ByteReader r, int depth) throws GbcsCodecException {
    DlmsTypeDescription description = readTypeDescription(r, depth + 1);
    int length = readLength(r, "compact-array contents length");
    r.require(length, "compact-array contents");
    ByteReader contents = new ByteReader(r.array(), r.position(), length);
    r.slice(length, "compact-array contents");
    if (length > 0 && description.encodesToNothing()) {
      throw new GbcsCodecException(contents.position(), "no contents for elements of zero bytes");
    }
    List<DlmsData> elements = new ArrayList<>();
    while (contents.hasRemaining()) {
      elements.add(readCompactValue(contents, description));
    }
    return new CompactArray(description, elements);
  }

  private static DlmsData readCompactValue(ByteReader r, DlmsTypeDescription type)
      throws GbcsCodecException {
    if (type instanceof DlmsTypeDescription.Simple s) {
      return readSimpleValue(s.tag(), r);
    }
    if (type instanceof DlmsTypeDescription.ArrayOf a) {
      List<DlmsData> elements = new ArrayList<>(Math.min(a.count(), r.remaining()));
      for (int i = 0; i < a.count(); i++) {
        elements.add(readCompactValue(r, a.element()));
      }
      return new DlmsArray(elements);
    }
    List<DlmsTypeDescription> types = ((DlmsTypeDescription.StructureOf) type).elements();
    List<DlmsData> elements = new ArrayList<>(types.size());
    for (DlmsTypeDescription t : types) {
      elements.add(readCompactValue(r, t));
    }
    return new Structure(elements);
  }

  private static void writeCompactValue(ByteWriter w, DlmsTypeDescription type, DlmsData data) {
    // the CompactArray record has checked that data fits type
    if (type instanceof DlmsTypeDescription.Simple) {
      writeSimpleValue(w, data);
    } else if (type instanceof DlmsTypeDescription.ArrayOf a) {
      ((DlmsArray) data).elements().forEach(e -> writeCompactValue(w, a.element(), e));
    } else {
      List<DlmsTypeDescription> types = ((DlmsTypeDescription.StructureOf) type).elements();
      List<DlmsData> elements = ((Structure) data).elements();
      for (int i = 0; i < types.size(); i++) {
        writeCompactValue(w, types.get(i), elements.get(i));
      }
    }
  }

  /** A compact-array type description: array (2-byte count, type), structure (types) or simple. */
  private static DlmsTypeDescription readTypeDescription(ByteReader r, int depth)
      throws GbcsCodecException {
    int at = r.position();
    if (depth > MAX_DEPTH) {
      throw new GbcsCodecException(at, "type description nested at most " + MAX_DEPTH + " deep");
    }
    int tag = r.u8("type description");
    if (tag == 1) {
      int count = r.u16("compact-array element count");
      DlmsTypeDescription element = readTypeDescription(r, depth + 1);
      if (count > 0 && element.encodesToNothing()) {
        throw new GbcsCodecException(at, "array elements of at least one byte, not " + element);
      }
      return new DlmsTypeDescription.ArrayOf(count, element);
    }
    if (tag == 2) {
      int n = readLength(r, "structure type count");
      r.require(n, "structure type descriptions");
      List<DlmsTypeDescription> types = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        types.add(readTypeDescription(r, depth + 1));
      }
      return new DlmsTypeDescription.StructureOf(types);
    }
    if (!DlmsTypeDescription.isSimpleTag(tag)) {
      throw new GbcsCodecException(at, "a DLMS type in the compact-array description, not tag " + tag);
    }
    return new DlmsTypeDescription.Simple(tag);
  }

  private static void writeTypeDescription(ByteWriter w, DlmsTypeDescription type) {
    if (type instanceof DlmsTypeDescription.Simple s) {
      w.u8(s.tag());
    } else if (type instanceof DlmsTypeDescription.ArrayOf a) {
      w.u8(1).u16(a.count());
      writeTypeDescription(w, a.element());
    } else {
      List<DlmsTypeDescription> types = ((DlmsTypeDescription.StructureOf) type).elements();
      w.u8(2);
      writeLength(w, types.size());
      types.forEach(t -> writeTypeDescription(w, t));
    }
  }

  // ---------------------------------------------------------------- Access-Request (D9)

  public static AccessRequest decodeAccessRequest(ByteSlice content) throws GbcsCodecException {
    ByteReader r = ByteReader.of(content);
    r.expect(AccessRequest.TAG, "Access-Request tag D9");
    long invoke = r.u32("long-invoke-id-and-priority");
    Optional<CosemDateTime> dateTime = readDateTime(r);
    int specCount = readLength(r, "access-request specification count");
    r.require(specCount, "access-request specifications");
    List<AccessRequestSpec> specs = new ArrayList<>(specCount);
    for (int i = 0; i < specCount; i++) {
      specs.add(readRequestSpec(r));
    }
    List<DlmsData> data = readDataList(r, "access-request list of data");
    r.expectEnd("Access-Request");
    return new AccessRequest(invoke, dateTime, specs, data);
  }

  public static byte[] encode(AccessRequest request) {
    ByteWriter w = new ByteWriter(64);
    w.u8(AccessRequest.TAG).u32(request.longInvokeIdAndPriority());
    writeDateTime(w, request.dateTime());
    writeLength(w, request.specs().size());
    request.specs().forEach(s -> writeRequestSpec(w, s));
    writeLength(w, request.data().size());
    request.data().forEach(d -> writeData(w, d));
    return w.toByteArray();
  }

  // ---------------------------------------------------------------- Access-Response (DA)

  public static AccessResponse decodeAccessResponse(ByteSlice content) throws GbcsCodecException {
    ByteReader r = ByteReader.of(content);
    r.expect(AccessResponse.TAG, "Access-Response tag DA");
    long invoke = r.u32("long-invoke-id-and-priority");
    Optional<CosemDateTime> dateTime = readDateTime(r);
    int at = r.position();
    int present = r.u8("access-request specification presence (00 or 01)");
    Optional<List<AccessRequestSpec>> requestSpecs;
    if (present == 0) {
      requestSpecs = Optional.empty();
    } else if (present == 1) {
      int n = readLength(r, "access-request specification count");
      r.require(n, "access-request specifications");
      List<AccessRequestSpec> specs = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        specs.add(readRequestSpec(r));
      }
      requestSpecs = Optional.of(specs);
    } else {
      throw new GbcsCodecException(at, "optional access-request specification flag 00 or 01");
    }
    List<DlmsData> data = readDataList(r, "access-response list of data");
    int n = readLength(r, "access-response specification count");
    r.require(n * 2, "access-response specifications");
    List<AccessResponse.Result> results = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      at = r.position();
      AccessSpecKind kind = AccessSpecKind.ofTag(r.u8("access-response specification"));
      if (kind == null || kind.hasSelection()) {
        throw new GbcsCodecException(at, "access-response get (1), set (2) or action (3)");
      }
      results.add(new AccessResponse.Result(kind, r.u8("result")));
    }
    r.expectEnd("Access-Response");
    return new AccessResponse(invoke, dateTime, requestSpecs, data, results);
  }

  public static byte[] encode(AccessResponse response) {
    ByteWriter w = new ByteWriter(64);
    w.u8(AccessResponse.TAG).u32(response.longInvokeIdAndPriority());
    writeDateTime(w, response.dateTime());
    if (response.requestSpecs().isPresent()) {
      w.u8(1);
      writeLength(w, response.requestSpecs().get().size());
      response.requestSpecs().get().forEach(s -> writeRequestSpec(w, s));
    } else {
      w.u8(0);
    }
    writeLength(w, response.data().size());
    response.data().forEach(d -> writeData(w, d));
    writeLength(w, response.results().size());
    response.results().forEach(res -> w.u8(res.kind().tag()).u8(res.code()));
    return w.toByteArray();
  }

  // ---------------------------------------------------------------- Data-Notification (0F)

  public static DataNotification decodeDataNotification(ByteSlice content)
      throws GbcsCodecException {
    ByteReader r = ByteReader.of(content);
    r.expect(DataNotification.TAG, "Data-Notification tag 0F");
    long invoke = r.u32("long-invoke-id-and-priority");
    Optional<CosemDateTime> dateTime = readDateTime(r);
    DlmsData body = readData(r);
    r.expectEnd("Data-Notification");
    return new DataNotification(invoke, dateTime, body);
  }

  public static byte[] encode(DataNotification notification) {
    ByteWriter w = new ByteWriter(64);
    w.u8(DataNotification.TAG).u32(notification.longInvokeIdAndPriority());
    writeDateTime(w, notification.dateTime());
    writeData(w, notification.body());
    return w.toByteArray();
  }

  // ---------------------------------------------------------------- parts

  private static AccessRequestSpec readRequestSpec(ByteReader r) throws GbcsCodecException {
    int at = r.position();
    AccessSpecKind kind = AccessSpecKind.ofTag(r.u8("access-request specification"));
    if (kind == null) {
      throw new GbcsCodecException(at, "access-request get (1), set (2), action (3) or with selection (4, 5)");
    }
    int classId = r.u16("class id");
    r.require(6, "logical name");
    ObisCode instance = ObisCode.of(r.array(), r.position());
    r.slice(6, "logical name");
    int id = r.u8(kind == AccessSpecKind.ACTION ? "method id" : "attribute id");
    Optional<SelectiveAccess> access = Optional.empty();
    if (kind.hasSelection()) {
      access = Optional.of(new SelectiveAccess(r.u8("access selector"), readData(r)));
    }
    return new AccessRequestSpec(kind, new CosemDescriptor(classId, instance, id), access);
  }

  private static void writeRequestSpec(ByteWriter w, AccessRequestSpec s) {
    CosemDescriptor d = s.descriptor();
    w.u8(s.kind().tag()).u16(d.classId()).bytes(d.instance().toBytes()).u8(d.id());
    s.selectiveAccess()
        .ifPresent(
            a -> {
              w.u8(a.selector());
              writeData(w, a.parameters());
            });
  }

  private static List<DlmsData> readDataList(ByteReader r, String what) throws GbcsCodecException {
    int n = readLength(r, what + " count");
    r.require(n, what);
    List<DlmsData> data = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      data.add(readData(r));
    }
    return data;
  }

  /** The date-time OCTET STRING of xDLMS APDUs: empty, or the 12-byte COSEM date-time. */
  private static Optional<CosemDateTime> readDateTime(ByteReader r) throws GbcsCodecException {
    int at = r.position();
    int n = r.u8("date-time length");
    if (n == 0) {
      return Optional.empty();
    }
    if (n != CosemDateTime.LENGTH) {
      throw new GbcsCodecException(at, "date-time length 00 or 0C");
    }
    return Optional.of(CosemDateTime.of(r.bytes(CosemDateTime.LENGTH, "date-time")));
  }

  private static void writeDateTime(ByteWriter w, Optional<CosemDateTime> dateTime) {
    if (dateTime.isPresent()) {
      w.u8(CosemDateTime.LENGTH).bytes(dateTime.get().toByteArray());
    } else {
      w.u8(0);
    }
  }

  /** The A-XDR variable-length integer used for lengths and counts, minimal form only. */
  static int readLength(ByteReader r, String what) throws GbcsCodecException {
    int at = r.position();
    int first = r.u8(what);
    if (first < 0x80) {
      return first;
    }
    int size = first & 0x7F;
    if (size == 0 || size > 3) {
      throw new GbcsCodecException(at, what + " in 1 to 4 bytes");
    }
    long v = r.bigEndian(size, what);
    if (v < 0x80 || v < (1L << (8 * (size - 1)))) {
      throw new GbcsCodecException(at, "the shortest form of " + what + " " + v);
    }
    return (int) v;
  }

  static void writeLength(ByteWriter w, int length) {
    if (length < 0x80) {
      w.u8(length);
    } else if (length < 0x100) {
      w.u8(0x81).u8(length);
    } else if (length < 0x10000) {
      w.u8(0x82).u16(length);
    } else {
      w.u8(0x83).bigEndian(length, 3);
    }
  }
}
