package org.competenceatlas.routes;

import org.competenceatlas.transfer.Transition;

/**
 * One step of a route: the occupation reached, scored from everything held before the step (the
 * source plus the occupations of earlier steps).
 */
public record RouteStep(Transition transition) {}
