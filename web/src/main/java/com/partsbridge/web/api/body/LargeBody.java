package com.partsbridge.web.api.body;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that takes bodies beyond the API's limit and enforces a limit of its own (the offer
 * feed upload). Every other method's body is capped by {@link BodyLimits}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {}
