package org.dccsim.dcc.duis.response;

import java.time.LocalDate;
import java.util.Objects;
import org.dccsim.smki.Eui64;

/**
 * One sr:Device of a DSPInventory, components in the XSD's element order; every component after
 * {@code model} is optional (null when absent). Enumerated values are taken as the DUIS strings
 * (e.g. type "ESME", status "Commissioned", cspRegion "4G Central"), as the inventory names them.
 *
 * @param uprn up to 12 digits
 */
public record DspInventoryDevice(
    Eui64 deviceId,
    String deviceType,
    String deviceStatus,
    String manufacturer,
    String model,
    String smetsChtsVersion,
    String firmwareVersion,
    String firmwareVersionStatus,
    String cplStatus,
    LocalDate dateCommissioned,
    String importMpxn,
    String secondaryImportMpan,
    String exportMpan,
    String esmeVariant,
    String uprn,
    PropertyFilter propertyFilter,
    String cspRegion,
    String gbcsVersion,
    String hanVariant,
    String s1sp,
    String connectivity) {

  public DspInventoryDevice {
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(deviceType, "deviceType");
    Objects.requireNonNull(manufacturer, "manufacturer");
    Objects.requireNonNull(model, "model");
  }

  /** The mandatory elements; set the optional ones on the builder. */
  public static Builder builder(Eui64 deviceId, String deviceType, String manufacturer, String model) {
    return new Builder(deviceId, deviceType, manufacturer, model);
  }

  /** Builds a device entry; optional elements default to absent. */
  public static final class Builder {
    private final Eui64 deviceId;
    private final String deviceType;
    private final String manufacturer;
    private final String model;
    private String deviceStatus;
    private String smetsChtsVersion;
    private String firmwareVersion;
    private String firmwareVersionStatus;
    private String cplStatus;
    private LocalDate dateCommissioned;
    private String importMpxn;
    private String secondaryImportMpan;
    private String exportMpan;
    private String esmeVariant;
    private String uprn;
    private PropertyFilter propertyFilter;
    private String cspRegion;
    private String gbcsVersion;
    private String hanVariant;
    private String s1sp;
    private String connectivity;

    private Builder(Eui64 deviceId, String deviceType, String manufacturer, String model) {
      this.deviceId = deviceId;
      this.deviceType = deviceType;
      this.manufacturer = manufacturer;
      this.model = model;
    }

    public Builder deviceStatus(String value) {
      deviceStatus = value;
      return this;
    }

    public Builder smetsChtsVersion(String value) {
      smetsChtsVersion = value;
      return this;
    }

    public Builder firmwareVersion(String value) {
      firmwareVersion = value;
      return this;
    }

    public Builder firmwareVersionStatus(String value) {
      firmwareVersionStatus = value;
      return this;
    }

    public Builder cplStatus(String value) {
      cplStatus = value;
      return this;
    }

    public Builder dateCommissioned(LocalDate value) {
      dateCommissioned = value;
      return this;
    }

    public Builder importMpxn(String value) {
      importMpxn = value;
      return this;
    }

    public Builder secondaryImportMpan(String value) {
      secondaryImportMpan = value;
      return this;
    }

    public Builder exportMpan(String value) {
      exportMpan = value;
      return this;
    }

    public Builder esmeVariant(String value) {
      esmeVariant = value;
      return this;
    }

    public Builder uprn(String value) {
      uprn = value;
      return this;
    }

    public Builder propertyFilter(PropertyFilter value) {
      propertyFilter = value;
      return this;
    }

    public Builder cspRegion(String value) {
      cspRegion = value;
      return this;
    }

    public Builder gbcsVersion(String value) {
      gbcsVersion = value;
      return this;
    }

    public Builder hanVariant(String value) {
      hanVariant = value;
      return this;
    }

    public Builder s1sp(String value) {
      s1sp = value;
      return this;
    }

    public Builder connectivity(String value) {
      connectivity = value;
      return this;
    }

    public DspInventoryDevice build() {
      return new DspInventoryDevice(
          deviceId,
          deviceType,
          deviceStatus,
          manufacturer,
          model,
          smetsChtsVersion,
          firmwareVersion,
          firmwareVersionStatus,
          cplStatus,
          dateCommissioned,
          importMpxn,
          secondaryImportMpan,
          exportMpan,
          esmeVariant,
          uprn,
          propertyFilter,
          cspRegion,
          gbcsVersion,
          hanVariant,
          s1sp,
          connectivity);
    }
  }
}
