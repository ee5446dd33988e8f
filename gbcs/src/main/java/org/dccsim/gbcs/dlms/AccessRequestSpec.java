package org.dccsim.gbcs.dlms;

import java.util.Objects;
import java.util.Optional;

/**
 * One access-request specification: get, set or action on a COSEM attribute or method, with
 * selective access (selector and parameters) for the "with selection" kinds.
 */
public record AccessRequestSpec(
    AccessSpecKind kind, CosemDescriptor descriptor, Optional<SelectiveAccess> selectiveAccess) {

  /** Selective access: selector and its parameters (e.g. a range of a profile). */
  public record SelectiveAccess(int selector, DlmsData parameters) {
    public SelectiveAccess {
      Objects.requireNonNull(parameters);
      if (selector < 0 || selector > 0xFF) {
        throw new IllegalArgumentException("access selector is 1 byte: " + selector);
      }
    }
  }

  public AccessRequestSpec {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(descriptor);
    Objects.requireNonNull(selectiveAccess);
    if (kind.hasSelection() != selectiveAccess.isPresent()) {
      throw new IllegalArgumentException(kind + " and selective access must go together");
    }
  }

  public static AccessRequestSpec get(int classId, ObisCode instance, int attribute) {
    return new AccessRequestSpec(
        AccessSpecKind.GET, new CosemDescriptor(classId, instance, attribute), Optional.empty());
  }

  public static AccessRequestSpec set(int classId, ObisCode instance, int attribute) {
    return new AccessRequestSpec(
        AccessSpecKind.SET, new CosemDescriptor(classId, instance, attribute), Optional.empty());
  }

  public static AccessRequestSpec action(int classId, ObisCode instance, int method) {
    return new AccessRequestSpec(
        AccessSpecKind.ACTION, new CosemDescriptor(classId, instance, method), Optional.empty());
  }
}
