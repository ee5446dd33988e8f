package org.dccsim.device.zcl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dccsim.gbcs.gbz.GbzComponent;
import org.dccsim.gbcs.gbz.GbzPayload;
import org.dccsim.gbcs.gbz.GeneralCommands;
import org.dccsim.gbcs.gbz.GeneralCommands.AttributeRecord;
import org.dccsim.gbcs.gbz.GeneralCommands.DefaultResponse;
import org.dccsim.gbcs.gbz.GeneralCommands.ReadAttributes;
import org.dccsim.gbcs.gbz.GeneralCommands.ReadAttributesResponse;
import org.dccsim.gbcs.gbz.GeneralCommands.WriteAttributes;
import org.dccsim.gbcs.gbz.GeneralCommands.WriteAttributesResponse;
import org.dccsim.gbcs.gbz.GeneralCommands.WriteStatus;
import org.dccsim.gbcs.gbz.ZclCommand;
import org.dccsim.gbcs.gbz.ZclHeader;
import org.dccsim.gbcs.gbz.ZclValue;

/**
 * The ZCL object model of a GBZ device type and its execution: attributes per cluster (data type,
 * default, writable, or computed from state), cluster-specific commands with their effects, and
 * the per-device parts ({@link ZclMemory}) that hold only what differs: stored values, pins,
 * faults, pinned answers. Built once per device type; stateless itself.
 *
 * <p>A GBZ command is executed component by component. Read Attributes answers every attribute
 * (a failed one with its status, which does not stop the message); a cluster command answers
 * with its replies or a Default Response. Once a component fails, every later component is
 * answered with a Default Response of command FF and status FAILURE without being executed, as
 * the RTDS error scenarios show ({@link ZclStatus#stopsMessage}).
 */
public final class ZclEngine<D extends ZclDevice> {

  private final IntKeyedTable<ZclAttribute<D>> attributes;
  private final IntKeyedTable<Registered<D>> commands;

  private record Registered<D extends ZclDevice>(ZclCommandHandler<D> handler, boolean query) {}

  private ZclEngine(Map<Integer, ZclAttribute<D>> attributes, Map<Integer, Registered<D>> commands) {
    this.attributes = new IntKeyedTable<>(attributes);
    this.commands = new IntKeyedTable<>(commands);
  }

  public static <D extends ZclDevice> Builder<D> builder() {
    return new Builder<>();
  }

  /** One reply component: the cluster, the ZCL header and the command it carries. */
  public record Reply(int clusterId, ZclHeader header, ZclCommand command) {}

  // ------------------------------------------------------------------ execution

  /** Executes every component of {@code payload} in order and returns the replies, in order. */
  public List<Reply> execute(D device, GbzPayload.UseCase payload, ZclContext<D> base) {
    List<Reply> replies = new ArrayList<>(payload.components().size());
    boolean stopped = false;
    for (GbzComponent c : payload.components()) {
      ZclHeader h = c.header();
      if (stopped) {
        replies.add(defaultResponse(c, ZclStatus.NOT_EXECUTED_COMMAND, ZclStatus.FAILURE));
        continue;
      }
      ZclContext<D> context = base.forComponent(c);
      try {
        ZclCommand command = c.command().orElseThrow(
            () -> new ZclFailure(ZclStatus.FAILURE, "an encrypted command component"));
        Integer fault = device.zclMemory() == null ? null
            : device.zclMemory().commandFault(ZclCommandRef.of(c.clusterId(), h).key());
        if (fault != null) {
          throw new ZclFailure(fault, "fault set on " + ZclCommandRef.of(c.clusterId(), h));
        }
        if (!h.clusterSpecific()) {
          Reply reply = general(device, c, command, context);
          replies.add(reply);
          // a read that failed stops the message like a failed command (RTDS GCS14, GCS21e, GCS60)
          stopped = reply.command() instanceof ReadAttributesResponse read
              && read.records().stream().anyMatch(a -> ZclStatus.stopsMessage(a.status()));
        } else {
          List<ZclResponse> out = clusterSpecific(device, c, command, context);
          if (out.isEmpty()) {
            replies.add(defaultResponse(c, h.commandId(), ZclStatus.SUCCESS));
          }
          for (ZclResponse r : out) {
            replies.add(new Reply(c.clusterId(), ZclHeader.of(r.command(), h.sequence(), r.disableDefaultResponse()),
                r.command()));
          }
        }
      } catch (ZclFailure f) {
        replies.add(defaultResponse(c, h.commandId(), f.status()));
        stopped = ZclStatus.stopsMessage(f.status());
      }
    }
    return replies;
  }

  private List<ZclResponse> clusterSpecific(D device, GbzComponent c, ZclCommand command, ZclContext<D> context)
      throws ZclFailure {
    ZclCommandRef ref = ZclCommandRef.of(c.clusterId(), c.header());
    Registered<D> r = commands.get(ref.key());
    if (r == null) {
      throw new ZclFailure(ZclStatus.UNSUP_CLUSTER_COMMAND, "no command " + ref);
    }
    if (device.zclMemory() != null) { // a query's pinned answer, or a command's fault
      List<ZclResponse> pinned = device.zclMemory().answer(ref.key(), command);
      if (pinned != null) {
        return pinned;
      }
    }
    return r.handler().handle(device, command, context);
  }

  private Reply general(D device, GbzComponent c, ZclCommand command, ZclContext<D> context) throws ZclFailure {
    int seq = c.header().sequence();
    if (command instanceof ReadAttributes read) {
      List<AttributeRecord> records = new ArrayList<>(read.attributeIds().size());
      for (int id : read.attributeIds()) {
        try {
          records.add(AttributeRecord.success(id, read(device, ZclAttributeRef.key(c.clusterId(), id), context)));
        } catch (ZclFailure f) {
          records.add(AttributeRecord.failure(id, f.status()));
        }
      }
      ReadAttributesResponse response = new ReadAttributesResponse(records);
      return new Reply(c.clusterId(), ZclHeader.of(response, seq, false), response);
    }
    if (command instanceof WriteAttributes write) {
      List<WriteStatus> failures = new ArrayList<>();
      for (GeneralCommands.AttributeWrite w : write.writes()) {
        try {
          writeByCommand(device, new ZclAttributeRef(c.clusterId(), w.attributeId()), w.value());
        } catch (ZclFailure f) {
          failures.add(new WriteStatus(f.status(), w.attributeId()));
        }
      }
      WriteAttributesResponse response = new WriteAttributesResponse(failures);
      return new Reply(c.clusterId(), ZclHeader.of(response, seq, true), response);
    }
    throw new ZclFailure(ZclStatus.UNSUP_CLUSTER_COMMAND, "general command " + c.header().commandId());
  }

  private static Reply defaultResponse(GbzComponent c, int answered, int status) {
    // a Default Response travels the other way from the command it answers
    DefaultResponse d = new DefaultResponse(!c.header().serverToClient(), answered, status);
    return new Reply(c.clusterId(), ZclHeader.of(d, c.header().sequence(), false), d);
  }

  // ------------------------------------------------------------------ attributes

  /** An attribute's value: a fault's status, else its pin, computed value, stored value or default. */
  ZclValue read(D device, int key, ZclContext<D> context) throws ZclFailure {
    ZclMemory m = device.zclMemory();
    if (m != null) {
      Integer fault = m.attributeFault(key);
      if (fault != null) {
        throw new ZclFailure(fault, "fault set on " + ZclAttributeRef.ofKey(key));
      }
      ZclValue pinned = m.pin(key);
      if (pinned != null) {
        return pinned;
      }
    }
    ZclAttribute<D> a = attributes.get(key);
    if (a == null) {
      throw new ZclFailure(ZclStatus.UNSUPPORTED_ATTRIBUTE, "no attribute " + ZclAttributeRef.ofKey(key));
    }
    if (a.computed() != null) {
      return a.computed().value(device, context);
    }
    ZclValue stored = m == null ? null : m.value(key);
    return stored != null ? stored : a.defaultValue();
  }

  /** The value an attribute holds now, outside any command (for typed getters). */
  public ZclValue stored(D device, ZclAttributeRef ref) {
    ZclAttribute<D> a = require(ref);
    ZclMemory m = device.zclMemory();
    ZclValue pinned = m == null ? null : m.pin(ref.key());
    if (pinned != null) {
      return pinned;
    }
    ZclValue stored = m == null ? null : m.value(ref.key());
    return stored != null ? stored : a.defaultValue();
  }

  /** The numeric value an attribute holds now. */
  public long storedLong(D device, ZclAttributeRef ref) {
    return ((ZclValue.Fixed) stored(device, ref)).bits();
  }

  /**
   * Stores a value as a command's effect or a typed setter: kept on the device only while it
   * differs from the type's default. A fault on the attribute makes the write fail.
   */
  public void write(D device, ZclAttributeRef ref, ZclValue value) throws ZclFailure {
    ZclAttribute<D> a = attributes.get(ref.key());
    if (a == null) {
      throw new ZclFailure(ZclStatus.UNSUPPORTED_ATTRIBUTE, "no attribute " + ref);
    }
    if (!a.accepts(value)) {
      throw new ZclFailure(ZclStatus.INVALID_VALUE, ref + " has data type " + Integer.toHexString(a.dataType()));
    }
    ZclMemory m = device.zclMemory();
    Integer fault = m == null ? null : m.attributeFault(ref.key());
    if (fault != null) {
      throw new ZclFailure(fault, "fault set on " + ref);
    }
    if (value.equals(a.defaultValue())) {
      if (m != null) {
        m.reset(ref.key());
      }
    } else {
      device.zclMemoryForWrite().store(ref.key(), value);
    }
  }

  /** As {@link #write}, for a typed setter that knows the value is valid. */
  public void set(D device, ZclAttributeRef ref, long bits) {
    try {
      write(device, ref, fixed(ref, bits));
    } catch (ZclFailure f) {
      throw new IllegalStateException(f.getMessage(), f);
    }
  }

  private void writeByCommand(D device, ZclAttributeRef ref, ZclValue value) throws ZclFailure {
    ZclAttribute<D> a = attributes.get(ref.key());
    if (a != null && (!a.writable() || a.computed() != null)) {
      throw new ZclFailure(ZclStatus.READ_ONLY, ref + " is read-only");
    }
    write(device, ref, value);
  }

  /** A fixed-size value of the attribute's data type. */
  public ZclValue fixed(ZclAttributeRef ref, long bits) {
    ZclAttribute<D> a = require(ref);
    try {
      return new ZclValue.Fixed(a.dataType(), bits);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ref + ": " + e.getMessage(), e);
    }
  }

  public Optional<ZclAttribute<D>> attribute(ZclAttributeRef ref) {
    return Optional.ofNullable(attributes.get(ref.key()));
  }

  private ZclAttribute<D> require(ZclAttributeRef ref) {
    ZclAttribute<D> a = attributes.get(ref.key());
    if (a == null) {
      throw new IllegalArgumentException("no attribute " + ref + " in this model");
    }
    return a;
  }

  // ------------------------------------------------------------------ pins, faults, answers

  /** Forces an attribute to read {@code value} (until unpinned), whatever the device's state. */
  public void pin(D device, ZclAttributeRef ref, ZclValue value) {
    if (!require(ref).accepts(value)) {
      throw new IllegalArgumentException(ref + " has data type " + Integer.toHexString(require(ref).dataType()));
    }
    device.zclMemoryForWrite().pin(ref.key(), value);
  }

  public void unpin(D device, ZclAttributeRef ref) {
    if (device.zclMemory() != null) {
      device.zclMemory().unpin(ref.key());
    }
  }

  /**
   * Pins the replies a query command (Get...) answers with, instead of the device's state: to
   * exactly {@code request} (its fields: a snapshot offset, a log's time range), or to any
   * request of the command when {@code request} is null.
   */
  public void answer(D device, ZclCommandRef ref, ZclCommand request, List<ZclResponse> replies) {
    Registered<D> r = commands.get(ref.key());
    if (r == null || !r.query()) {
      throw new IllegalArgumentException(ref + " is not a query command of this model");
    }
    device.zclMemoryForWrite().answer(ref.key(), request, replies);
  }

  /** Makes a command answer {@code replies} to any request, without executing (a fault). */
  public void answerWithoutExecuting(D device, ZclCommandRef ref, List<ZclResponse> replies) {
    if (commands.get(ref.key()) == null) {
      throw new IllegalArgumentException(ref + " is not a command of this model");
    }
    device.zclMemoryForWrite().answer(ref.key(), null, replies);
  }

  /** Makes reads and writes of an attribute fail with {@code status}. */
  public void fail(D device, ZclAttributeRef ref, int status) {
    device.zclMemoryForWrite().failAttribute(ref.key(), status);
  }

  /**
   * Makes a command fail with {@code status}, before it has any effect, once it has succeeded
   * {@code successesFirst} more times (0: at once; an intermittent fault otherwise).
   */
  public void fail(D device, ZclCommandRef ref, int status, int successesFirst) {
    device.zclMemoryForWrite().failCommand(ref.key(), status, successesFirst);
  }

  /** Removes every fault. */
  public void heal(D device) {
    if (device.zclMemory() != null) {
      device.zclMemory().heal();
    }
  }

  // ------------------------------------------------------------------ model building

  /** Builds a device type's model. */
  public static final class Builder<D extends ZclDevice> {

    private final Map<Integer, ZclAttribute<D>> attributes = new HashMap<>();
    private final Map<Integer, Registered<D>> commands = new HashMap<>();

    /** A read-only attribute with the type default. */
    public Builder<D> attribute(int cluster, int id, int dataType) {
      return add(new ZclAttribute<>(new ZclAttributeRef(cluster, id), dataType, ZclAttribute.zero(dataType), false, null));
    }

    /** A read-only attribute with a default of its own. */
    public Builder<D> attribute(int cluster, int id, ZclValue defaultValue) {
      return add(new ZclAttribute<>(new ZclAttributeRef(cluster, id), defaultValue.dataType(), defaultValue, false, null));
    }

    /** An attribute Write Attributes may set. */
    public Builder<D> writable(int cluster, int id, ZclValue defaultValue) {
      return add(new ZclAttribute<>(new ZclAttributeRef(cluster, id), defaultValue.dataType(), defaultValue, true, null));
    }

    /** An attribute computed from the device's state on every read. */
    public Builder<D> computed(int cluster, int id, int dataType, ZclAttribute.Computed<D> computed) {
      return add(new ZclAttribute<>(new ZclAttributeRef(cluster, id), dataType, ZclAttribute.zero(dataType), false,
          computed));
    }

    public Builder<D> add(ZclAttribute<D> a) {
      if (attributes.put(a.ref().key(), a) != null) {
        throw new IllegalArgumentException("attribute " + a.ref() + " defined twice");
      }
      return this;
    }

    /** A command with an effect on state. */
    public Builder<D> command(ZclCommandRef ref, ZclCommandHandler<D> handler) {
      return register(ref, handler, false);
    }

    /** A command that only reads state, whose answer a User may pin. */
    public Builder<D> query(ZclCommandRef ref, ZclCommandHandler<D> handler) {
      return register(ref, handler, true);
    }

    private Builder<D> register(ZclCommandRef ref, ZclCommandHandler<D> handler, boolean query) {
      if (commands.put(ref.key(), new Registered<>(handler, query)) != null) {
        throw new IllegalArgumentException("command " + ref + " registered twice");
      }
      return this;
    }

    public ZclEngine<D> build() {
      return new ZclEngine<>(attributes, commands);
    }
  }
}
