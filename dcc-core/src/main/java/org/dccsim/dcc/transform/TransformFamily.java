package org.dccsim.dcc.transform;

/** A group of transforms (one device family or one part of the GBCS), registered together. */
public interface TransformFamily {
  void registerAll(TransformRegistry registry);
}
