package org.dccsim.device;

import java.time.Clock;
import org.dccsim.gbcs.security.GbcsMac;
import org.dccsim.gbcs.security.GbcsSigner;
import org.dccsim.gbcs.security.MessageKeyDerivation;
import org.dccsim.gbcs.security.SensitivePayloadCipher;
import org.dccsim.gbcs.usecase.MessageCodes;
import org.dccsim.smki.crypto.CryptoProvider;
import org.dccsim.smki.crypto.EcdhP256;
import org.dccsim.smki.crypto.EcdsaP256;
import org.dccsim.smki.crypto.SharedSecretCache;

/**
 * What every emulated device uses and none owns: the clock, the GBCS message-code table and the
 * cryptographic services (with their key caches). One instance serves a whole population.
 */
public record DeviceServices(
    Clock clock,
    MessageCodes messageCodes,
    GbcsSigner signer,
    GbcsMac mac,
    SensitivePayloadCipher payloadCipher) {

  public static DeviceServices create(Clock clock, CryptoProvider provider, int sharedSecretCacheSize) {
    MessageKeyDerivation kdf =
        new MessageKeyDerivation(new SharedSecretCache(new EcdhP256(provider), sharedSecretCacheSize));
    return new DeviceServices(
        clock,
        MessageCodes.standard(),
        new GbcsSigner(new EcdsaP256(provider)),
        new GbcsMac(kdf),
        new SensitivePayloadCipher(kdf));
  }
}
