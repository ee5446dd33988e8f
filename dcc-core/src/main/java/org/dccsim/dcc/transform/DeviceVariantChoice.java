package org.dccsim.dcc.transform;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.dccsim.dcc.inventory.InventoryDevice;
import org.dccsim.dcc.pipeline.AcceptedRequest;
import org.dccsim.dcc.pipeline.Outcome;
import org.dccsim.dcc.pipeline.RequestRefused;
import org.dccsim.dcc.service.DeviceCommandTransform;
import org.dccsim.gbcs.DeviceType;
import org.dccsim.gbcs.frame.GeneralSigningApdu;

/**
 * One SRV whose GBCS use case depends on what the inventory knows of the target: the ESME's
 * elements (single, twin, polyphase: ECS02/03 payment mode, ECS23/23b, ECS26b/k), or the GBCS
 * version it implements, older devices having the older form of a use case (ECS08/08a,
 * ECS26d/l, ECS26e/m).
 */
public final class DeviceVariantChoice implements DeviceCommandTransform {

  /**
   * [?] The first GBCS version whose devices take the newer forms. GBCS says per use case which
   * versions have which form; dccsim takes one boundary for all and documents it.
   */
  public static final String NEWER_FORMS_FROM_GBCS = "3.2";

  private final Set<DeviceType> types;
  private final Function<InventoryDevice, DeviceCommandTransform> choice;

  private DeviceVariantChoice(Set<DeviceType> types, Function<InventoryDevice, DeviceCommandTransform> choice) {
    this.types = types;
    this.choice = choice;
  }

  /** By ESME variant: A single element, B twin element, C polyphase (DUIS ESMEVariant's first letter). */
  public static DeviceVariantChoice byEsmeElements(
      DeviceCommandTransform singleElement, DeviceCommandTransform twinElement, DeviceCommandTransform polyphase) {
    Objects.requireNonNull(singleElement);
    Objects.requireNonNull(twinElement);
    Objects.requireNonNull(polyphase);
    return new DeviceVariantChoice(Set.of(DeviceType.ESME), device -> {
      String v = device.esmeVariant() == null ? "A" : device.esmeVariant();
      return v.startsWith("B") ? twinElement : v.startsWith("C") ? polyphase : singleElement;
    });
  }

  /** By the device's GBCS version: before {@link #NEWER_FORMS_FROM_GBCS}, the older form. */
  public static DeviceVariantChoice byGbcsVersion(
      DeviceType type, DeviceCommandTransform older, DeviceCommandTransform newer) {
    Objects.requireNonNull(older);
    Objects.requireNonNull(newer);
    return new DeviceVariantChoice(Set.of(type),
        device -> isNewer(device.gbcsVersion()) ? newer : older);
  }

  static boolean isNewer(String gbcsVersion) {
    return gbcsVersion == null || compareVersions(gbcsVersion, NEWER_FORMS_FROM_GBCS) >= 0;
  }

  @Override
  public Set<DeviceType> targetTypes() {
    return types;
  }

  @Override
  public GeneralSigningApdu transform(AcceptedRequest request) throws RequestRefused {
    if (!types.contains(request.device().type())) {
      throw new RequestRefused(TransformValues.STAGE, Outcome.DEVICE_TYPE, "not for a " + request.device().type());
    }
    return choice.apply(request.device()).transform(request);
  }

  private static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? parse(x[i]) : 0;
      int q = i < y.length ? parse(y[i]) : 0;
      if (p != q) {
        return Integer.compare(p, q);
      }
    }
    return 0;
  }

  private static int parse(String part) {
    try {
      return Integer.parseInt(part.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
