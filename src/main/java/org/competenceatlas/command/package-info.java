/**
 * The one way the jar runs a command instead of the service: picocli parses each command's options,
 * then the command runs in the Spring context it asks for (docs/commands.md).
 */
package org.competenceatlas.command;
