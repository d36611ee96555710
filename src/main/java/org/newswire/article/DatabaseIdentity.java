package org.newswire.article;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;
import java.util.UUID;

/** This database's identity (V5__database_identity.sql): read, or written once by the first instance to start on it. */
final class DatabaseIdentity {

    private DatabaseIdentity() {
    }

    static String get() {
        for (int attempt = 0; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    var em = Article.getEntityManager();
                    List<?> found = em.createNativeQuery("SELECT identity FROM database_identity WHERE id = 1").getResultList();
                    if (!found.isEmpty()) {
                        return (String) found.get(0);
                    }
                    String identity = UUID.randomUUID().toString();
                    em.createNativeQuery("INSERT INTO database_identity (id, identity) VALUES (1, ?1)").setParameter(1, identity).executeUpdate();
                    return identity;
                });
            } catch (RuntimeException e) {
                if (attempt > 0) {
                    throw e; // another instance wrote it at the same moment: the second read finds it
                }
            }
        }
    }
}
