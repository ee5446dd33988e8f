package org.dccsim.dcc.critical;

import java.time.Instant;

/**
 * A Pre-Command the DCC returned for a CV 4 request, awaiting its User-signed copy (CV 5/6/7).
 *
 * @param unsignedApdu the General-Signing APDU as issued, without its signature field
 */
public record IssuedPreCommand(String requestId, String variant, byte[] unsignedApdu, Instant issuedAt) {}
