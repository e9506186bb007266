package org.competenceatlas.infrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repository method only reads. Called on its own it runs in a read transaction, which a Neo4j
 * cluster serves from any member; called inside a caller's transaction it joins that one. Every
 * repository method says which of this and {@link WriteTransaction} it is (an architecture test
 * checks it), and the database refuses a write in a read transaction, so a wrong label fails.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Transactional(readOnly = true)
public @interface ReadTransaction {}
