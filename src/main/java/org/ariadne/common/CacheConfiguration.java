package org.ariadne.common;

import org.ariadne.common.cluster.CacheInvalidations;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The caches of {@link CacheSettings}, in this server's memory (Caffeine), each holding only committed data
 * ({@link CommittedCache}). Modules reach them through Spring's {@link CacheManager} and evict them from the events
 * their data changes by, never by the library's own means, so that a shared cache (Redis, Hazelcast) can later
 * take this bean's place, and a message carrying the same events to the other servers can evict theirs, without
 * changing a module. Several nodes on one database tell one another what they evicted ({@link CacheInvalidations}).
 */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    CacheManager cacheManager(CacheSettings settings, CacheInvalidations cluster) {
        var manager = new SimpleCacheManager();
        manager.setCaches(settings.byName().entrySet().stream()
                .map(cache -> new CommittedCache(caffeine(cache.getKey(), cache.getValue()), cluster))
                .toList());
        return manager;
    }

    private static CaffeineCache caffeine(String name, CacheSettings.Bounds bounds) {
        var builder = Caffeine.newBuilder().maximumSize(bounds.maximumSize());
        if (bounds.expireAfterWrite() != null) {
            builder.expireAfterWrite(bounds.expireAfterWrite());
        }
        // null is never a value worth keeping: every loader returns what it read or fails
        return new CaffeineCache(name, builder.build(), false);
    }
}
