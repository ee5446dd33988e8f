package org.dccsim.gbcs.dlms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The xDLMS Access-Response (tag DA) of an ESME or CHF: the request's long invoke id, optional
 * date-time, optionally the request's specifications echoed, the list of data (values read, or
 * null) and one result per specification.
 */
public record AccessResponse(
    long longInvokeIdAndPriority,
    Optional<CosemDateTime> dateTime,
    Optional<List<AccessRequestSpec>> requestSpecs,
    List<DlmsData> data,
    List<Result> results) {

  public static final int TAG = 0xDA;

  /** One access-response specification: get, set or action, and its result (0 = success). */
  public record Result(AccessSpecKind kind, int code) {
    public Result {
      Objects.requireNonNull(kind);
      if (kind.hasSelection()) {
        throw new IllegalArgumentException("a response specification is get, set or action");
      }
      if (code < 0 || code > 0xFF) {
        throw new IllegalArgumentException("a result is 1 byte: " + code);
      }
    }

    public boolean isSuccess() {
      return code == 0;
    }
  }

  public AccessResponse {
    Objects.requireNonNull(dateTime);
    requestSpecs = requestSpecs.map(List::copyOf);
    data = List.copyOf(data);
    results = List.copyOf(results);
  }
}
