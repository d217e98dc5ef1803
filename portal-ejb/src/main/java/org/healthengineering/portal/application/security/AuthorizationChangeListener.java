package org.healthengineering.portal.application.security;

import jakarta.enterprise.inject.spi.CDI;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.sessions.Session;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.hospital.Hospital;

/**
 * Tells {@link AuthorizationVersions} when EclipseLink writes what a signed-in person's permissions are made of: an
 * account (its roles, name, state) or a hospital's members. A hospital written without a change to its members
 * leaves the versions alone; one whose change set is unknown counts as changed.
 */
public final class AuthorizationChangeListener extends DescriptorEventAdapter {

    private volatile AuthorizationVersions versions;

    private AuthorizationChangeListener() {
    }

    /** Listens to accounts and hospitals in the session (from the session customizer). */
    public static void register(Session session) {
        AuthorizationChangeListener listener = new AuthorizationChangeListener();
        for (Class<?> entity : new Class<?>[] {Account.class, Hospital.class}) {
            ClassDescriptor descriptor = session.getDescriptor(entity);
            if (descriptor != null) {
                descriptor.getEventManager().addListener(listener);
            }
        }
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        changed(event, false);
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        changed(event, true);
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        // A new account has no session yet; a new hospital may be written with its members.
        if (event.getSource() instanceof Hospital) {
            changed(event, true);
        }
    }

    private void changed(DescriptorEvent event, boolean whole) {
        if (event.getSource() instanceof Account account) {
            if (account.getId() != null) {
                versions().accountChanged(account.getId());
            }
        } else if (event.getSource() instanceof Hospital && (whole || membersChanged(event))) {
            versions().membershipsChanged();
        }
    }

    private static boolean membersChanged(DescriptorEvent event) {
        Object changes = event.getChangeSet();
        return !(changes instanceof ObjectChangeSet set) || set.getChangesForAttributeNamed("members") != null;
    }

    private AuthorizationVersions versions() {
        AuthorizationVersions found = versions;
        if (found == null) {
            found = CDI.current().select(AuthorizationVersions.class).get();
            versions = found;
        }
        return found;
    }

    @Override
    public String toString() {
        return "AuthorizationChangeListener";
    }
}
