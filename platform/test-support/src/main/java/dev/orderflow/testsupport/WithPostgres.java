package dev.orderflow.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test a fresh PostgreSQL database of its own: sets
 * {@code spring.r2dbc.*}, {@code spring.flyway.*} and {@code spring.datasource.*} to it.
 * Each annotated test class gets its own database (and so its own application context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithPostgres {

}
