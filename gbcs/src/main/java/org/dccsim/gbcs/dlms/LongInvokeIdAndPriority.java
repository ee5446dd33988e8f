package org.dccsim.gbcs.dlms;

/**
 * GBCS's use of the xDLMS long-invoke-id-and-priority: bits 0-23 are the low 24 bits of the
 * originator counter (the transaction id of the grouping header), bit 29 (processing option) is 1
 * = break on error, and the other bits (self-descriptive, service class, priority) are 0. Seen in
 * all 681 RTDS access requests and responses, including CS01a whose counters have their low 32
 * bits zero (e.g. 0x0000000500000000 -> 0x20000000).
 */
public final class LongInvokeIdAndPriority {

  public static final long BREAK_ON_ERROR = 0x2000_0000L;
  private static final long INVOKE_ID_MASK = 0xFF_FFFFL;

  private LongInvokeIdAndPriority() {}

  public static long forCounter(long originatorCounter) {
    return BREAK_ON_ERROR | (originatorCounter & INVOKE_ID_MASK);
  }

  public static int invokeId(long longInvokeIdAndPriority) {
    return (int) (longInvokeIdAndPriority & INVOKE_ID_MASK);
  }

  public static boolean matchesCounter(long longInvokeIdAndPriority, long originatorCounter) {
    return longInvokeIdAndPriority == forCounter(originatorCounter);
  }
}
