package org.healthengineering.portal.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;


/** Counts the imports marked {@link CountedImport}: saved when the call returns, refused when it throws. */
@CountedImport("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ImportCounter {

    @Inject
    PortalMetrics metrics;

    @AroundInvoke
    Object count(InvocationContext call) throws Exception {
        CountedImport marked = call.getMethod().getAnnotation(CountedImport.class);
        if (marked == null) {
            marked = call.getMethod().getDeclaringClass().getAnnotation(CountedImport.class);
        }
        String kind = marked == null ? "other" : marked.value();
        try {
            Object result = call.proceed();
            metrics.imported(kind, true);
            return result;
        } catch (Exception e) {
            metrics.imported(kind, false);
            throw e;
        }
    }
}
