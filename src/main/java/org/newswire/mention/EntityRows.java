package org.newswire.mention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.newswire.extraction.EntityType;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gets or creates entity rows without ever failing on a concurrent insert of the same entity. Each
 * call is a short transaction of its own that reads the ids of the rows that exist (one query), then
 * inserts what is missing, ignoring a conflict (H2 {@code MERGE … KEY}, PostgreSQL
 * {@code ON CONFLICT DO NOTHING}; both wait for a concurrent insert of the same key to commit), and
 * reads those ids. Article transactions that run side by side therefore never insert an entity
 * themselves, so they cannot collide on one, and rows are taken in name order, so two calls cannot
 * deadlock. Rows that exist are only read: H2's MERGE rewrites and locks a row it finds, so merging
 * every known entity made articles naming the same people queue on each other and bloated the file.
 */
@ApplicationScoped
public class EntityRows {

    /** An entity's identity: canonical name and type. */
    public record Key(String name, EntityType type) {
    }

    private volatile Boolean postgres;

    /** The id of every key, created where missing; committed when this returns. */
    public Map<Key, Long> ensure(List<Key> keys) {
        List<Key> ordered = keys.stream().distinct()
                .sorted(Comparator.comparing(Key::name).thenComparing(k -> k.type().name())).toList();
        if (ordered.isEmpty()) {
            return Map.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = NamedEntity.getEntityManager();
            Map<Key, Long> found = new HashMap<>();
            em.createQuery("select e.id, e.name, e.type from NamedEntity e where e.name in :names", Object[].class)
                    .setParameter("names", ordered.stream().map(Key::name).distinct().toList()).getResultList()
                    .forEach(row -> found.put(new Key((String) row[1], (EntityType) row[2]), (Long) row[0]));
            String insert = isPostgres()
                    ? "INSERT INTO named_entity (name, type) VALUES (?1, ?2) ON CONFLICT (name, type) DO NOTHING"
                    : "MERGE INTO named_entity (name, type) KEY (name, type) VALUES (?1, ?2)";
            Map<Key, Long> ids = new LinkedHashMap<>();
            for (Key k : ordered) {
                Long id = found.get(k);
                if (id == null) {
                    em.createNativeQuery(insert).setParameter(1, k.name()).setParameter(2, k.type().name()).executeUpdate();
                    id = em.createQuery("select e.id from NamedEntity e where e.name = :n and e.type = :t", Long.class)
                            .setParameter("n", k.name()).setParameter("t", k.type()).getSingleResult();
                }
                ids.put(k, id);
            }
            return ids;
        });
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = QuarkusTransaction.requiringNew().call(() -> NamedEntity.getEntityManager().unwrap(Session.class)
                    .doReturningWork(c -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
        }
        return postgres;
    }
}
