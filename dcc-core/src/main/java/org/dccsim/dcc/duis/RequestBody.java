package org.dccsim.dcc.duis;

/** What a DUIS request carries: a Service Request element, or a User-signed Pre-Command. */
public sealed interface RequestBody permits BodyElement, SignedPreCommand {}
