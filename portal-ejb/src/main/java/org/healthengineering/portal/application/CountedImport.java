package org.healthengineering.portal.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts each call of an import (a framework file, a staffing CSV) for {@code /metrics}, as {@code portal.imports}
 * tagged with its kind and whether it was saved or refused.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CountedImport {

    /** What is imported: {@code framework}, {@code staffing}, … */
    @Nonbinding
    String value();
}
