/**
 * Transferable competences: how far what a person holds meets what a standard requires, and why.
 */
package org.competenceatlas.transfer;
