package org.dccsim.dcc.transform;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.catalogue.ServiceReferenceVariant;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;

/**
 * Transforms by (Service Reference Variant, device type): one SRV becomes a different GBCS use
 * case on each device type (1.1.1 is ECS01a on an ESME, GCS01a on a GSME). Registration fails at
 * once for an SRV DUIS does not have, a non-device SRV, or a second transform for the same pair.
 */
public final class TransformRegistry {

  private final ServiceCatalogue catalogue;
  private final Map<String, EnumMap<DeviceType, DeviceCommandTransform>> bySrv = new LinkedHashMap<>();

  public TransformRegistry(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public TransformRegistry register(String variant, DeviceType type, DeviceCommandTransform transform) {
    ServiceReferenceVariant srv = catalogue.find(variant)
        .orElseThrow(() -> new IllegalArgumentException("no Service Reference Variant " + variant + " in DUIS"));
    if (srv.nonDevice()) {
      throw new IllegalArgumentException(srv + " is a non-device request: it has no GBCS transform");
    }
    EnumMap<DeviceType, DeviceCommandTransform> byType =
        bySrv.computeIfAbsent(variant, v -> new EnumMap<>(DeviceType.class));
    if (byType.putIfAbsent(type, transform) != null) {
      throw new IllegalArgumentException("a second transform for " + srv + " on " + type);
    }
    return this;
  }

  public TransformRegistry registerAll(TransformFamily family) {
    family.registerAll(this);
    return this;
  }

  /** The transform of one SRV, choosing by the target's device type. */
  public Optional<DeviceCommandTransform> forVariant(String variant) {
    EnumMap<DeviceType, DeviceCommandTransform> byType = bySrv.get(variant);
    return byType == null ? Optional.empty() : Optional.of(new DeviceTypeDispatch(byType));
  }

  public Set<String> variants() {
    return bySrv.keySet();
  }
}
