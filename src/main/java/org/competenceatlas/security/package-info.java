/** Who is calling and what they may do: sign-in, roles and the one check behind every field. */
package org.competenceatlas.security;
