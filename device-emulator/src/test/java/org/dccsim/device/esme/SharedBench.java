package org.dccsim.device.esme;

import org.dccsim.device.testing.RtdsDeviceBench;

/** One RTDS bench for the ESME tests that need its keys but not a bench of their own (it is costly to build). */
final class SharedBench {

  static final RtdsDeviceBench BENCH = RtdsDeviceBench.create();

  private SharedBench() {}
}
