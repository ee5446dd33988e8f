package org.dccsim.device.common;

/**
 * A device's firmware once it differs from its type's: the version it runs (null: the default)
 * and the image it holds, verified and ready to activate (null: none).
 */
final class FirmwareState {

  byte[] version;
  byte[] heldHash;
  byte[] heldVersion;
}
