/**
 * Starts the jar's work in a JVM with a bounded heap when {@code java -jar} was given no heap size,
 * from the classes an earlier run of the same build recorded.
 */
package org.competenceatlas.launcher;
