package org.healthengineering.portal.application;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureIsAnOutageHoweverDeeplyWrapped() {
        SQLException refused = new SQLNonTransientConnectionException("Could not create connection", "08001");
        assertTrue(DatabaseOutage.causedBy(new EJBException(new PersistenceException(refused))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Communications link failure", "08S01")));
        // Galera: "WSREP has not yet prepared node for application use" carries state 08S01.
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(new SQLException("WSREP not ready", "08S01", 1047))));
    }

    @Test
    void aPoolThatCannotLendAConnectionIsAnOutage() {
        SQLException pool = new SQLException("Error in allocating a connection");
        pool.initCause(new ResourceAllocationException("Connection could not be allocated"));
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(pool)));
    }

    @Test
    void aTransactionThatCouldNotEndBecauseItsConnectionDiedIsAnOutageOfUnknownOutcome() {
        javax.transaction.xa.XAException ending = new javax.transaction.xa.XAException(
                "PoolingException: This Managed Connection is not valid as the physical connection is not usable");
        assertTrue(DatabaseOutage.causedBy(new EJBException(ending)));
        assertTrue(DatabaseOutage.outcomeUnknown(new EJBException(ending)));
        assertFalse(DatabaseOutage.outcomeUnknown(new SQLException("Communications link failure", "08S01")),
                "a connection refused before anything was sent: nothing was stored");
    }

    @Test
    void aStatementThePoolClosedUnderItsUserAfterAFailureIsAnOutage() {
        SQLException closed = new SQLException("No operations allowed after statement closed.", "S1009");
        closed.initCause(new com.mysql.cj.exceptions.StatementIsClosedException("No operations allowed after statement closed."));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("Could not store the staffing returns", closed)));
        assertFalse(DatabaseOutage.causedBy(new SQLException("Incorrect decimal value", "HY000")));
    }

    @Test
    void anOutageNamedOnlyInTheNextExceptionCounts() {
        SQLException batch = new SQLException("Batch failed", "HY000");
        batch.setNextException(new SQLException("Connection reset", "08S01"));
        assertTrue(DatabaseOutage.causedBy(batch));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseOutage.causedBy(new SQLTimeoutException("Lock wait timeout exceeded", "HY000", 1205)));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("no database involved")));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void aCycleInTheCausesEnds() {
        SQLException first = new SQLException("first", "HY000");
        SQLException second = new SQLException("second", "HY000");
        first.initCause(second);
        second.initCause(first);
        assertFalse(DatabaseOutage.causedBy(first));
    }
}
