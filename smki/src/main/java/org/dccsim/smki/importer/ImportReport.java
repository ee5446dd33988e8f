package org.dccsim.smki.importer;

import java.util.List;

/**
 * What an import found.
 *
 * @param files regular files examined
 * @param certificates distinct certificates read (the same certificate in two files counts once)
 * @param privateKeys distinct private keys read
 * @param credentials distinct certificates for which a private key was found
 * @param warnings everything not imported or not as it claimed, in the order found (unpaired
 *     keys last)
 */
public record ImportReport(
    int files, int certificates, int privateKeys, int credentials, List<ImportWarning> warnings) {

  public ImportReport {
    warnings = List.copyOf(warnings);
  }

  /** The warnings of one kind. */
  public List<ImportWarning> warnings(ImportWarning.Reason reason) {
    return warnings.stream().filter(w -> w.reason() == reason).toList();
  }
}
