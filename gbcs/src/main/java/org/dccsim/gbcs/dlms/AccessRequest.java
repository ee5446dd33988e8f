package org.dccsim.gbcs.dlms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The xDLMS Access-Request (tag D9) that carries every GBCS command to an ESME or CHF: long
 * invoke id and priority, optional date-time, the list of specifications and the list of data
 * (one per specification: the value to set, the method parameter, or null for a get).
 */
public record AccessRequest(
    long longInvokeIdAndPriority,
    Optional<CosemDateTime> dateTime,
    List<AccessRequestSpec> specs,
    List<DlmsData> data) {

  public static final int TAG = 0xD9;

  public AccessRequest {
    Objects.requireNonNull(dateTime);
    specs = List.copyOf(specs);
    data = List.copyOf(data);
    if (longInvokeIdAndPriority < 0 || longInvokeIdAndPriority > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("long-invoke-id-and-priority is 4 bytes");
    }
  }
}
