package org.dccsim.dcc.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dccsim.dcc.catalogue.ServiceCatalogue;
import org.dccsim.dcc.catalogue.ServiceReferenceVariant;

/**
 * The registry from Service Reference Variant to what dccsim does for it. Registration fails at
 * once for an SRV the catalogue does not know or a handler of the wrong kind (a non-device
 * service for a device SRV, or the reverse); an SRV without a handler is answered as not
 * implemented, with its own response code, never silently.
 */
public final class ServiceHandlers {

  private final ServiceCatalogue catalogue;
  private final Map<String, ServiceHandler> handlers = new HashMap<>();

  public ServiceHandlers(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public ServiceHandlers register(String variant, ServiceHandler handler) {
    ServiceReferenceVariant srv = catalogue.find(variant)
        .orElseThrow(() -> new IllegalArgumentException("no Service Reference Variant " + variant + " in DUIS"));
    if (srv.nonDevice() != (handler instanceof NonDeviceService)) {
      throw new IllegalArgumentException(srv + (srv.nonDevice() ? " is non-device" : " targets a device")
          + "; " + handler.getClass().getSimpleName() + " is the other kind");
    }
    if (handlers.putIfAbsent(variant, handler) != null) {
      throw new IllegalArgumentException("a second handler for " + srv);
    }
    return this;
  }

  public Optional<ServiceHandler> find(ServiceReferenceVariant srv) {
    return Optional.ofNullable(handlers.get(srv.variant()));
  }

  public int size() {
    return handlers.size();
  }
}
