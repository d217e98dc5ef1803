package org.healthengineering.portal.application.reference;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * Runs a reference-data load in a transaction of its own: a load inside the caller's transaction could read that
 * transaction's older snapshot of the database and keep it under a newer version.
 */
@Stateless
public class FreshRead {

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T read(Supplier<T> load) {
        return load.get();
    }
}
