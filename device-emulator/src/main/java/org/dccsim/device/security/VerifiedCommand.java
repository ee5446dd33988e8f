package org.dccsim.device.security;

import org.dccsim.device.TrustAnchor;
import org.dccsim.gbcs.frame.GeneralSigningApdu;
import org.dccsim.gbcs.usecase.MessageCode;

/** A command that passed every check of {@link CommandGuard}, and the anchor that sent it. */
public record VerifiedCommand(GeneralSigningApdu apdu, MessageCode code, TrustAnchor sender) {}
