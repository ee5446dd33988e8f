package org.dccsim.gbcs.asn1;

/**
 * How the lengths of a payload's own elements are written. GBCS asks for DER, and commands are
 * DER; but the CS02a and CS02b/g responses and alerts of RTDS 4.5.0 (18 files) write every length
 * of 128 or more on two bytes (30 82 00 9F where DER has 30 81 9F), everything else as DER. A
 * payload keeps its form so that it re-encodes byte for byte. Certificates and certification
 * requests inside a payload are always their own DER.
 */
public enum DerLengthForm {
  DER,
  /** DER, except that every long-form length takes exactly two bytes (0x82 n n). */
  TWO_BYTE_LONG_LENGTHS
}
