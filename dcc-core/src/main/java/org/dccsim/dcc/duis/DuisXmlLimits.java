package org.dccsim.dcc.duis;

/**
 * Bounds on what a DUIS reader accepts, so that a hostile document costs little. The largest DUIS
 * template is 27 KB, 11 elements deep, with 4 attributes and namespace declarations on one element
 * and 580 characters in one text.
 *
 * @param maxDocumentBytes refused before parsing when larger
 * @param maxDepth element nesting, the root being 1
 * @param maxAttributes attributes plus namespace declarations on one element
 * @param maxTextLength characters of text directly in one element
 */
public record DuisXmlLimits(
    int maxDocumentBytes, int maxDepth, int maxAttributes, int maxTextLength) {

  public static final DuisXmlLimits DEFAULT = new DuisXmlLimits(1 << 20, 24, 16, 256 * 1024);

  public DuisXmlLimits {
    if (maxDocumentBytes < 1 || maxDepth < 3 || maxAttributes < 4 || maxTextLength < 64) {
      throw new IllegalArgumentException("limits too small for any DUIS document: " + this);
    }
  }
}
