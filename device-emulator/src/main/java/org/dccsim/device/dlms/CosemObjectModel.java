package org.dccsim.device.dlms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The COSEM objects of a device type: for each logical name its interface class, attributes and
 * methods. Built once per type and shared by all its devices; a lookup is a binary search over a
 * sorted array of packed keys, with no allocation. Attribute 1 (logical name) of every object is
 * defined by the model itself.
 *
 * @param <D> the device type
 */
public final class CosemObjectModel<D> {

  private final long[] keys;
  private final int[] classIds;
  private final Object[] definitions;

  private CosemObjectModel(long[] keys, int[] classIds, Object[] definitions) {
    this.keys = keys;
    this.classIds = classIds;
    this.definitions = definitions;
  }

  public static <D> Builder<D> builder() {
    return new Builder<>();
  }

  /** The slot of an attribute or method key; negative when the model has none. */
  int slot(long key) {
    return Arrays.binarySearch(keys, key);
  }

  int classId(int slot) {
    return classIds[slot];
  }

  @SuppressWarnings("unchecked")
  CosemAttribute<D> attribute(int slot) {
    return (CosemAttribute<D>) definitions[slot];
  }

  @SuppressWarnings("unchecked")
  CosemMethod<D> method(int slot) {
    return (CosemMethod<D>) definitions[slot];
  }

  /** Whether the model has this attribute of an object of this class. */
  public boolean hasAttribute(int classId, ObisCode instance, int attribute) {
    int s = slot(CosemKeys.attribute(instance, attribute));
    return s >= 0 && classIds[s] == classId;
  }

  /** Whether the model has this method of an object of this class. */
  public boolean hasMethod(int classId, ObisCode instance, int method) {
    int s = slot(CosemKeys.method(instance, method));
    return s >= 0 && classIds[s] == classId;
  }

  /** The default of an attribute; null for a computed one. */
  public DlmsData initial(ObisCode instance, int attribute) {
    int s = slot(CosemKeys.attribute(instance, attribute));
    if (s < 0) {
      throw new IllegalArgumentException("no attribute " + attribute + " of " + instance);
    }
    return attribute(s).initial;
  }

  /** How many attributes and methods. */
  public int size() {
    return keys.length;
  }

  /** Collects objects, attributes and methods; refuses a second definition of any of them. */
  public static final class Builder<D> {

    private final List<long[]> entries = new ArrayList<>();
    private final List<Object> definitions = new ArrayList<>();

    private Builder() {}

    /** Defines one object: its class, logical name, and (in {@code members}) attributes and methods. */
    public Builder<D> object(int classId, ObisCode instance, Consumer<ObjectBuilder<D>> members) {
      Objects.requireNonNull(instance);
      if (classId < 0 || classId > 0xFFFF) {
        throw new IllegalArgumentException("class id is 2 bytes: " + classId);
      }
      add(classId, CosemKeys.attribute(instance, 1), CosemAttribute.<D>constant(DlmsData.octetString(instance.toBytes())));
      members.accept(new ObjectBuilder<>(this, classId, instance));
      return this;
    }

    /** As {@link #object(int, ObisCode, Consumer)}, the logical name as text. */
    public Builder<D> object(int classId, String instance, Consumer<ObjectBuilder<D>> members) {
      return object(classId, Obis.of(instance), members);
    }

    private void add(int classId, long key, Object definition) {
      entries.add(new long[] {key, classId});
      definitions.add(Objects.requireNonNull(definition));
    }

    public CosemObjectModel<D> build() {
      Integer[] order = new Integer[entries.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(entries.get(a)[0], entries.get(b)[0]));
      long[] keys = new long[order.length];
      int[] classIds = new int[order.length];
      Object[] defs = new Object[order.length];
      for (int i = 0; i < order.length; i++) {
        long[] e = entries.get(order[i]);
        keys[i] = e[0];
        classIds[i] = (int) e[1];
        defs[i] = definitions.get(order[i]);
        if (i > 0 && keys[i] == keys[i - 1]) {
          throw new IllegalStateException((CosemKeys.isMethod(keys[i]) ? "method " : "attribute ")
              + CosemKeys.id(keys[i]) + " of " + CosemKeys.instance(keys[i]) + " defined twice");
        }
      }
      return new CosemObjectModel<>(keys, classIds, defs);
    }
  }

  /** The members of one object. */
  public static final class ObjectBuilder<D> {

    private final Builder<D> model;
    private final int classId;
    private final ObisCode instance;

    private ObjectBuilder(Builder<D> model, int classId, ObisCode instance) {
      this.model = model;
      this.classId = classId;
      this.instance = instance;
    }

    public ObjectBuilder<D> attribute(int id, CosemAttribute<D> attribute) {
      if (id < 2 || id > 0xFF) {
        throw new IllegalArgumentException("attribute ids 2..255 (1 is the logical name): " + id);
      }
      model.add(classId, CosemKeys.attribute(instance, id), attribute);
      return this;
    }

    public ObjectBuilder<D> method(int id, CosemMethod<D> method) {
      if (id < 1 || id > 0xFF) {
        throw new IllegalArgumentException("method ids 1..255: " + id);
      }
      model.add(classId, CosemKeys.method(instance, id), method);
      return this;
    }

    public ObisCode instance() {
      return instance;
    }
  }
}
