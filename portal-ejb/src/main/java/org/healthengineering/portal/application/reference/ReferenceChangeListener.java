package org.healthengineering.portal.application.reference;

import jakarta.enterprise.inject.spi.CDI;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.sessions.Session;

/**
 * Tells {@link ReferenceData} when EclipseLink writes an entity of a cached catalogue (an insert, an update, its
 * element collections included, or a delete), so no service can change reference data and forget to say so. Bulk
 * JPQL and plain JDBC writes bypass it: their services call {@link ReferenceData#changed} themselves.
 */
public final class ReferenceChangeListener extends DescriptorEventAdapter {

    private final Catalogue catalogue;

    /** The application's ReferenceData (a container proxy), found on the first write: imports write thousands. */
    private volatile ReferenceData reference;

    private ReferenceChangeListener(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Listens to every entity of every catalogue in the session (from the session customizer). */
    public static void register(Session session) {
        for (Catalogue catalogue : Catalogue.values()) {
            for (Class<?> entity : catalogue.entities()) {
                ClassDescriptor descriptor = session.getDescriptor(entity);
                if (descriptor != null) {
                    descriptor.getEventManager().addListener(new ReferenceChangeListener(catalogue));
                }
            }
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        changed();
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        changed();
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        changed();
    }

    private void changed() {
        ReferenceData found = reference;
        if (found == null) {
            found = CDI.current().select(ReferenceData.class).get();
            reference = found;
        }
        found.changed(catalogue);
    }

    @Override
    public String toString() {
        return "ReferenceChangeListener[" + catalogue + "]";
    }
}
