package org.dccsim.dcc.critical;

import java.time.Instant;

/**
 * A Pre-Command the DCC returned for a CV 4 request, awaiting its User-signed copy (CV 5/6/7).
 *
 * @param signedSpan the bytes the User's signature must cover: the issued APDU's grouping header
 *     and payload (everything but the DF tag and the signature field)
 */
public record IssuedPreCommand(String requestId, String variant, byte[] signedSpan, Instant issuedAt) {}
