package org.competenceatlas.infrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repository method writes. Called on its own it runs in a write transaction, which a Neo4j
 * cluster sends to the primary of the database; called inside a caller's transaction it joins that
 * one (which must then be a write transaction too). See {@link ReadTransaction}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Transactional
public @interface WriteTransaction {}
