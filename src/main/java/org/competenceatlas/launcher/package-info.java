/**
 * Starts the jar's work in a JVM with a bounded heap when {@code java -jar} was given no heap size.
 */
package org.competenceatlas.launcher;
