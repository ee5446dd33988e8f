package org.dccsim.dcc.transform.esme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dccsim.gbcs.dlms.AccessRequestSpec;
import org.dccsim.gbcs.dlms.AccessSpecKind;
import org.dccsim.gbcs.dlms.CosemDescriptor;
import org.dccsim.gbcs.dlms.DlmsData;
import org.dccsim.gbcs.dlms.ObisCode;

/**
 * The specifications of one DLMS Access-Request, each added with its data (null-data for a get,
 * the value for a set, the parameter for an action), so that the two lists cannot drift apart.
 */
final class AccessRequestContent {

  private final List<AccessRequestSpec> specs = new ArrayList<>();
  private final List<DlmsData> data = new ArrayList<>();

  AccessRequestContent get(int classId, ObisCode instance, int attribute) {
    return add(AccessRequestSpec.get(classId, instance, attribute), DlmsData.nullData());
  }

  /** A get with selective access (selector 1, a range descriptor, for the profiles of logs). */
  AccessRequestContent getWithSelection(
      int classId, ObisCode instance, int attribute, int selector, DlmsData parameters) {
    return add(
        new AccessRequestSpec(
            AccessSpecKind.GET_WITH_SELECTION,
            new CosemDescriptor(classId, instance, attribute),
            Optional.of(new AccessRequestSpec.SelectiveAccess(selector, parameters))),
        DlmsData.nullData());
  }

  AccessRequestContent set(int classId, ObisCode instance, int attribute, DlmsData value) {
    return add(AccessRequestSpec.set(classId, instance, attribute), value);
  }

  AccessRequestContent action(int classId, ObisCode instance, int method, DlmsData parameter) {
    return add(AccessRequestSpec.action(classId, instance, method), parameter);
  }

  boolean isEmpty() {
    return specs.isEmpty();
  }

  List<AccessRequestSpec> specs() {
    return List.copyOf(specs);
  }

  List<DlmsData> data() {
    return List.copyOf(data);
  }

  private AccessRequestContent add(AccessRequestSpec spec, DlmsData value) {
    specs.add(spec);
    data.add(value);
    return this;
  }
}
