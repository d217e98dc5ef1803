package org.healthengineering.portal.application;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import java.util.UUID;

/**
 * Versions kept in JCache on Payara's Data Grid and shared by every node (a short random string per key), for the
 * node-local copies that check them on every read: reference data, and what signed-in people may do.
 */
public final class GridVersions {

    private GridVersions() {
    }

    /**
     * The named cache of versions, made by whichever node (or thread) asks first. No expiry policy: on Payara's Data
     * Grid a cache with one fails its puts (the partition thread's tenant context closes an entity manager it does
     * not hold).
     */
    public static Cache<String, String> open(CacheManager caches, String name) {
        Cache<String, String> cache = caches.getCache(name, String.class, String.class);
        if (cache != null) {
            return cache;
        }
        try {
            return caches.createCache(name, new MutableConfiguration<String, String>()
                    .setTypes(String.class, String.class).setStoreByValue(true));
        } catch (CacheException e) {
            // Another node (or thread) created it first.
            return caches.getCache(name, String.class, String.class);
        }
    }

    /**
     * The key's version; a new one when the key has none (the first read in the cluster, or the entry was lost with
     * a Data Grid member), which only means that every copy is read again.
     */
    public static String current(Cache<String, String> versions, String key) {
        String version = versions.get(key);
        if (version == null) {
            versions.putIfAbsent(key, UUID.randomUUID().toString());
            version = versions.get(key);
        }
        // Lost again between the two calls: a version nobody holds, so the caller reads afresh.
        return version == null ? UUID.randomUUID().toString() : version;
    }
}
