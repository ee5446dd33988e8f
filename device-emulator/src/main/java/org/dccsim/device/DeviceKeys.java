package org.dccsim.device;

import java.security.PrivateKey;

/** A device's own private keys: DS signs critical responses and alerts, KA keys MACs and encryption. */
public record DeviceKeys(PrivateKey signing, PrivateKey keyAgreement) {}
