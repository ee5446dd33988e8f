package org.dccsim.device.dlms;

import java.util.ArrayList;
import java.util.List;
import org.dccsim.gbcs.dlms.AccessRequest;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessRequestSpec.SelectiveAccess;
import org.dccsim.gbcs.dlms.AccessResponse;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.DlmsData.IntegerValue;
import org.dccsim.gbcs.dlms.DlmsData.TextString;
import org.dccsim.gbcs.dlms.LongInvokeIdAndPriority;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * Executes xDLMS Access-Requests on a device of one object model: each specification in order (get,
 * set with or without selection, action), its result in the same place of the Access-Response.
 * An access resolves, in order: a fault injected on the device (its result), a pin (its value,
 * through the attribute's selection if it selects), the value written to the device, the type's
 * default, with a computed attribute's reader on top. With break-on-error (bit 29 of the long
 * invoke id, set on every GBCS request), the accesses after a failed one are not attempted and
 * answer other-reason (250), as every RTDS error response shows.
 *
 * <p>The engine holds no state of its own; the device's lock guards its memory.
 *
 * @param <D> the device type
 */
public final class CosemEngine<D extends CosemDevice> {

  private static final DlmsData NULL = DlmsData.NullData.INSTANCE;

  private final CosemObjectModel<D> model;

  public CosemEngine(CosemObjectModel<D> model) {
    this.model = model;
  }

  public CosemObjectModel<D> model() {
    return model;
  }

  /** Executes every specification of {@code request} on {@code device}. */
  public AccessResponse execute(D device, AccessRequest request, CosemContext context) {
    List<AccessRequestSpec> specs = request.specs();
    List<DlmsData> parameters = request.data();
    int n = specs.size();
    boolean breakOnError = (request.longInvokeIdAndPriority() & LongInvokeIdAndPriority.BREAK_ON_ERROR) != 0;
    List<DlmsData> data = new ArrayList<>(n);
    List<AccessResponse.Result> results = new ArrayList<>(n);
    boolean broken = false;
    for (int i = 0; i < n; i++) {
      AccessRequestSpec spec = specs.get(i);
      AccessSpecKind kind = responseKind(spec.kind());
      if (broken) {
        data.add(NULL);
        results.add(result(kind, AccessResult.OTHER_REASON));
        continue;
      }
      CosemDescriptor d = spec.descriptor();
      DlmsData parameter = i < parameters.size() ? parameters.get(i) : NULL;
      SelectiveAccess access = spec.selectiveAccess().orElse(null);
      try {
        DlmsData out;
        if (kind == AccessSpecKind.GET) {
          out = get(device, d.classId(), CosemKeys.attribute(d.instance(), d.id()), access, context);
        } else if (kind == AccessSpecKind.SET) {
          set(device, d.classId(), CosemKeys.attribute(d.instance(), d.id()), parameter, context);
          out = NULL;
        } else {
          out = invoke(device, d.classId(), CosemKeys.method(d.instance(), d.id()), parameter, context);
        }
        data.add(out == null ? NULL : out);
        results.add(result(kind, AccessResult.SUCCESS));
      } catch (CosemAccessException e) {
        data.add(NULL);
        results.add(result(kind, e.result()));
        broken = breakOnError;
      }
    }
    return new AccessResponse(request.longInvokeIdAndPriority(), java.util.Optional.empty(),
        java.util.Optional.empty(), data, results);
  }

  /** Reads an attribute as a get would, with or without selective access (null). */
  public DlmsData get(D device, CosemDescriptor attribute, SelectiveAccess access, CosemContext context)
      throws CosemAccessException {
    return get(device, attribute.classId(), CosemKeys.attribute(attribute.instance(), attribute.id()), access,
        context);
  }

  /** Writes an attribute as a set would: faults, type and access checked, effects run. */
  public void set(D device, CosemDescriptor attribute, DlmsData value, CosemContext context)
      throws CosemAccessException {
    set(device, attribute.classId(), CosemKeys.attribute(attribute.instance(), attribute.id()), value, context);
  }

  /** Invokes a method as an action would. */
  public DlmsData invoke(D device, CosemDescriptor method, DlmsData parameter, CosemContext context)
      throws CosemAccessException {
    return invoke(device, method.classId(), CosemKeys.method(method.instance(), method.id()), parameter, context);
  }

  /**
   * Stores a value as the device's own, without effects: what a method or an activation does to an
   * attribute it owns (a passive value becoming active, a register reset). A fault on the attribute
   * still fails it.
   */
  public void store(D device, ObisCode instance, int attribute, DlmsData value) throws CosemAccessException {
    long key = CosemKeys.attribute(instance, attribute);
    int s = requireSlot(key);
    CosemMemory memory = device.cosemMemory(false);
    if (memory != null) {
      checkFault(memory, key);
    }
    keep(device, model.attribute(s), key, value);
  }

  /** The value stored for an attribute: written to the device, or the default; pins and readers aside. */
  public DlmsData stored(D device, ObisCode instance, int attribute) {
    long key = CosemKeys.attribute(instance, attribute);
    int s = requireSlot(key);
    CosemMemory memory = device.cosemMemory(false);
    DlmsData v = memory == null ? null : memory.written(key);
    return v != null ? v : model.attribute(s).initial;
  }

  // ------------------------------------------------------------------ pins and faults

  /**
   * Forces an attribute of {@code device} to {@code value}: reads answer it (through the
   * attribute's selection, for a buffer) until it is unpinned. Writes are still stored beneath.
   *
   * @throws IllegalArgumentException when the model has no such attribute
   */
  public void pin(D device, CosemDescriptor attribute, DlmsData value) {
    long key = requireAttribute(attribute);
    device.cosemMemory(true).pin(key, java.util.Objects.requireNonNull(value));
  }

  public void unpin(D device, CosemDescriptor attribute) {
    CosemMemory memory = device.cosemMemory(false);
    if (memory != null) {
      memory.unpin(requireAttribute(attribute));
    }
  }

  /** Makes every get and set of an attribute of {@code device} fail with {@code result}. */
  public void failAttribute(D device, CosemDescriptor attribute, int result) {
    device.cosemMemory(true).fail(requireAttribute(attribute), requireFailure(result));
  }

  /** Makes every action on a method of {@code device} fail with {@code result}. */
  public void failMethod(D device, CosemDescriptor method, int result) {
    long key = CosemKeys.method(method.instance(), method.id());
    if (!model.hasMethod(method.classId(), method.instance(), method.id())) {
      throw new IllegalArgumentException("no method " + method.id() + " of class " + method.classId() + " "
          + method.instance());
    }
    device.cosemMemory(true).fail(key, requireFailure(result));
  }

  /** Removes a fault from an attribute or method (as {@code method} says). */
  public void repair(D device, CosemDescriptor descriptor, boolean method) {
    CosemMemory memory = device.cosemMemory(false);
    if (memory != null) {
      memory.repair(method ? CosemKeys.method(descriptor.instance(), descriptor.id())
          : CosemKeys.attribute(descriptor.instance(), descriptor.id()));
    }
  }

  // ------------------------------------------------------------------ internals

  private DlmsData get(D device, int classId, long key, SelectiveAccess access, CosemContext context)
      throws CosemAccessException {
    int s = slot(classId, key);
    CosemAttribute<D> a = model.attribute(s);
    DlmsData stored = null;
    CosemMemory memory = device.cosemMemory(false);
    if (memory != null) {
      checkFault(memory, key);
      DlmsData pinned = memory.pinned(key);
      if (pinned != null) {
        return a.readerSelectsFromPins ? a.reader.read(device, pinned, access, context) : pinned;
      }
      stored = memory.written(key);
    }
    if (stored == null) {
      stored = a.initial;
    }
    return a.reader == null ? stored : a.reader.read(device, stored, access, context);
  }

  private void set(D device, int classId, long key, DlmsData value, CosemContext context)
      throws CosemAccessException {
    int s = slot(classId, key);
    CosemAttribute<D> a = model.attribute(s);
    CosemMemory memory = device.cosemMemory(false);
    if (memory != null) {
      checkFault(memory, key);
    }
    if (!a.writable) {
      throw new CosemAccessException(AccessResult.READ_WRITE_DENIED, "read-only");
    }
    if (a.typed && a.initial != null && !sameType(a.initial, value)) {
      throw new CosemAccessException(AccessResult.TYPE_UNMATCHED, "not the attribute's type");
    }
    if (a.writer != null) {
      a.writer.write(device, value, context);
    }
    if (a.stores) {
      keep(device, a, key, value);
    }
  }

  private DlmsData invoke(D device, int classId, long key, DlmsData parameter, CosemContext context)
      throws CosemAccessException {
    int s = slot(classId, key);
    CosemMemory memory = device.cosemMemory(false);
    if (memory != null) {
      checkFault(memory, key);
    }
    return model.method(s).invoke(device, parameter, context);
  }

  /** Copy-on-write: a value equal to the default frees the device's copy. */
  private void keep(D device, CosemAttribute<D> a, long key, DlmsData value) {
    if (value.equals(a.initial)) {
      CosemMemory memory = device.cosemMemory(false);
      if (memory != null) {
        memory.forget(key);
      }
    } else {
      device.cosemMemory(true).write(key, value);
    }
  }

  private int slot(int classId, long key) throws CosemAccessException {
    int s = model.slot(key);
    if (s < 0) {
      throw new CosemAccessException(AccessResult.OBJECT_UNDEFINED, "no such attribute or method");
    }
    if (model.classId(s) != classId) {
      throw new CosemAccessException(AccessResult.OBJECT_CLASS_INCONSISTENT, "object of another class");
    }
    return s;
  }

  private int requireSlot(long key) {
    int s = model.slot(key);
    if (s < 0) {
      throw new IllegalArgumentException("no attribute " + CosemKeys.id(key) + " of " + CosemKeys.instance(key));
    }
    return s;
  }

  private long requireAttribute(CosemDescriptor d) {
    if (!model.hasAttribute(d.classId(), d.instance(), d.id())) {
      throw new IllegalArgumentException("no attribute " + d.id() + " of class " + d.classId() + " " + d.instance());
    }
    return CosemKeys.attribute(d.instance(), d.id());
  }

  private static int requireFailure(int result) {
    if (result == AccessResult.SUCCESS || !AccessResult.isValid(result)) {
      throw new IllegalArgumentException("a fault answers a result 1..255, not " + result);
    }
    return result;
  }

  private static void checkFault(CosemMemory memory, long key) throws CosemAccessException {
    int fault = memory.fault(key);
    if (fault != AccessResult.SUCCESS) {
      throw new CosemAccessException(fault, "fault injected");
    }
  }

  private static AccessSpecKind responseKind(AccessSpecKind kind) {
    return kind == AccessSpecKind.GET_WITH_SELECTION ? AccessSpecKind.GET
        : kind == AccessSpecKind.SET_WITH_SELECTION ? AccessSpecKind.SET : kind;
  }

  private static final AccessResponse.Result[] SUCCESSES = {
    new AccessResponse.Result(AccessSpecKind.GET, 0),
    new AccessResponse.Result(AccessSpecKind.SET, 0),
    new AccessResponse.Result(AccessSpecKind.ACTION, 0)
  };

  private static AccessResponse.Result result(AccessSpecKind kind, int code) {
    return code == AccessResult.SUCCESS ? SUCCESSES[kind.tag() - 1] : new AccessResponse.Result(kind, code);
  }

  /** Same DLMS type at the top level (for arrays and structures, not their elements). */
  static boolean sameType(DlmsData expected, DlmsData actual) {
    if (expected.getClass() != actual.getClass()) {
      return false;
    }
    if (expected instanceof IntegerValue e) {
      return e.type() == ((IntegerValue) actual).type();
    }
    if (expected instanceof TextString e) {
      return e.utf8() == ((TextString) actual).utf8();
    }
    if (expected instanceof DlmsData.FloatValue e) {
      return e.doublePrecision() == ((DlmsData.FloatValue) actual).doublePrecision();
    }
    if (expected instanceof DlmsData.DateOrTime e) {
      return e.date() == ((DlmsData.DateOrTime) actual).date();
    }
    return true;
  }
}
