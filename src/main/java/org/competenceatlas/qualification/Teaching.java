package org.competenceatlas.qualification;

import java.util.List;

/** A learning opportunity or qualification, and which of the asked outcomes it covers. */
public record Teaching<T>(T offer, List<String> outcomeIds) {}
