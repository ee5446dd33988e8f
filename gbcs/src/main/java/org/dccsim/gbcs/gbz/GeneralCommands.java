package org.dccsim.gbcs.gbz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.frame.ByteReader;
import org.dccsim.gbcs.frame.ByteWriter;
import org.dccsim.gbcs.frame.GbcsCodecException;

/** The ZCL general (profile-wide) commands GBCS uses: attribute reads and writes, default response. */
public final class GeneralCommands {

  public static final int READ_ATTRIBUTES = 0x00;
  public static final int READ_ATTRIBUTES_RESPONSE = 0x01;
  public static final int WRITE_ATTRIBUTES = 0x02;
  public static final int WRITE_ATTRIBUTES_RESPONSE = 0x04;
  public static final int DEFAULT_RESPONSE = 0x0B;

  /** ZCL status SUCCESS. */
  public static final int SUCCESS = 0x00;

  private GeneralCommands() {}

  private interface General extends ZclCommand {
    @Override
    default boolean clusterSpecific() {
      return false;
    }
  }

  /** Read Attributes (client to server): the attribute ids to read. */
  public record ReadAttributes(List<Integer> attributeIds) implements General {
    public ReadAttributes {
      attributeIds = List.copyOf(attributeIds);
    }

    public static ReadAttributes of(Integer... ids) {
      return new ReadAttributes(List.of(ids));
    }

    @Override
    public int commandId() {
      return READ_ATTRIBUTES;
    }

    @Override
    public boolean serverToClient() {
      return false;
    }

    static ReadAttributes read(ByteReader r) throws GbcsCodecException {
      List<Integer> ids = new ArrayList<>(r.remaining() / 2);
      while (r.hasRemaining()) {
        ids.add(ZclFields.u16(r, "attribute id"));
      }
      return new ReadAttributes(ids);
    }

    @Override
    public void writeTo(ByteWriter w) {
      attributeIds.forEach(id -> ZclFields.u16(w, id));
    }
  }

  /** One record of a Read Attributes Response: the value when the status is SUCCESS. */
  public record AttributeRecord(int attributeId, int status, Optional<ZclValue> value) {
    public AttributeRecord {
      if (value.isPresent() != (status == SUCCESS)) {
        throw new IllegalArgumentException("a read attribute record has a value exactly when its status is SUCCESS");
      }
    }

    public static AttributeRecord success(int attributeId, ZclValue value) {
      return new AttributeRecord(attributeId, SUCCESS, Optional.of(value));
    }

    public static AttributeRecord failure(int attributeId, int status) {
      return new AttributeRecord(attributeId, status, Optional.empty());
    }
  }

  /** Read Attributes Response (server to client). */
  public record ReadAttributesResponse(List<AttributeRecord> records) implements General {
    public ReadAttributesResponse {
      records = List.copyOf(records);
    }

    @Override
    public int commandId() {
      return READ_ATTRIBUTES_RESPONSE;
    }

    @Override
    public boolean serverToClient() {
      return true;
    }

    static ReadAttributesResponse read(ByteReader r) throws GbcsCodecException {
      List<AttributeRecord> records = new ArrayList<>();
      while (r.hasRemaining()) {
        int id = ZclFields.u16(r, "attribute id");
        int status = r.u8("attribute status");
        records.add(new AttributeRecord(id, status,
            status == SUCCESS ? Optional.of(ZclValue.read(r)) : Optional.empty()));
      }
      return new ReadAttributesResponse(records);
    }

    @Override
    public void writeTo(ByteWriter w) {
      for (AttributeRecord a : records) {
        ZclFields.u16(w, a.attributeId());
        w.u8(a.status());
        a.value().ifPresent(v -> v.writeTo(w));
      }
    }
  }

  public record AttributeWrite(int attributeId, ZclValue value) {}

  /** Write Attributes (client to server). */
  public record WriteAttributes(List<AttributeWrite> writes) implements General {
    public WriteAttributes {
      writes = List.copyOf(writes);
    }

    @Override
    public int commandId() {
      return WRITE_ATTRIBUTES;
    }

    @Override
    public boolean serverToClient() {
      return false;
    }

    static WriteAttributes read(ByteReader r) throws GbcsCodecException {
      List<AttributeWrite> writes = new ArrayList<>();
      while (r.hasRemaining()) {
        writes.add(new AttributeWrite(ZclFields.u16(r, "attribute id"), ZclValue.read(r)));
      }
      return new WriteAttributes(writes);
    }

    @Override
    public void writeTo(ByteWriter w) {
      for (AttributeWrite a : writes) {
        ZclFields.u16(w, a.attributeId());
        a.value().writeTo(w);
      }
    }
  }

  public record WriteStatus(int status, int attributeId) {}

  /**
   * Write Attributes Response: the failed writes, or no record at all when every write succeeded
   * (encoded as the single status byte SUCCESS).
   */
  public record WriteAttributesResponse(List<WriteStatus> failures) implements General {
    public WriteAttributesResponse {
      failures = List.copyOf(failures);
    }

    @Override
    public int commandId() {
      return WRITE_ATTRIBUTES_RESPONSE;
    }

    @Override
    public boolean serverToClient() {
      return true;
    }

    static WriteAttributesResponse read(ByteReader r) throws GbcsCodecException {
      int at = r.position();
      if (r.remaining() == 1) {
        r.expect(SUCCESS, "status SUCCESS of every write");
        return new WriteAttributesResponse(List.of());
      }
      List<WriteStatus> failures = new ArrayList<>();
      while (r.hasRemaining()) {
        int status = r.u8("write status");
        if (status == SUCCESS) {
          throw new GbcsCodecException(at, "only failed writes listed");
        }
        failures.add(new WriteStatus(status, ZclFields.u16(r, "attribute id")));
      }
      return new WriteAttributesResponse(failures);
    }

    @Override
    public void writeTo(ByteWriter w) {
      if (failures.isEmpty()) {
        w.u8(SUCCESS);
      }
      for (WriteStatus s : failures) {
        w.u8(s.status());
        ZclFields.u16(w, s.attributeId());
      }
    }
  }

  /** Default Response (either direction): the command answered and its status. */
  public record DefaultResponse(boolean serverToClient, int answeredCommandId, int status) implements General {
    @Override
    public int commandId() {
      return DEFAULT_RESPONSE;
    }

    static DefaultResponse read(ByteReader r, boolean serverToClient) throws GbcsCodecException {
      return new DefaultResponse(serverToClient, r.u8("answered command id"), r.u8("status"));
    }

    @Override
    public void writeTo(ByteWriter w) {
      w.u8(answeredCommandId).u8(status);
    }
  }

  /** The general command {@code header} announces, or empty when GBCS does not use it. */
  static Optional<ZclCommand> read(ZclHeader header, ByteReader r) throws GbcsCodecException {
    boolean toClient = header.serverToClient();
    ZclCommand c = switch (header.commandId()) {
      case READ_ATTRIBUTES -> toClient ? null : ReadAttributes.read(r);
      case READ_ATTRIBUTES_RESPONSE -> toClient ? ReadAttributesResponse.read(r) : null;
      case WRITE_ATTRIBUTES -> toClient ? null : WriteAttributes.read(r);
      case WRITE_ATTRIBUTES_RESPONSE -> toClient ? WriteAttributesResponse.read(r) : null;
      case DEFAULT_RESPONSE -> DefaultResponse.read(r, toClient);
      default -> null;
    };
    return Optional.ofNullable(c);
  }
}
