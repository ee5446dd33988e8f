package org.dccsim.device;

import java.time.Instant;
import org.dccsim.device.security.CommandRejected;
import org.dccsim.smki.Eui64;

/** An entry of a device's security log: a command it refused, and why. */
public record SecurityEvent(Instant at, Eui64 originator, long counter, CommandRejected.Reason reason, String detail) {}
