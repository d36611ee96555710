package org.newswire.mention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.newswire.api.Query;
import org.newswire.extraction.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A person, organisation or place, unique on canonical name and type across all articles. */
@Entity
@Table(name = "named_entity")
public class NamedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public EntityType type;

    public static Optional<NamedEntity> findByNameAndType(String name, EntityType type) {
        return find("name = ?1 and type = ?2", name, type).firstResultOptional();
    }

    /**
     * Ids of the entities a speaker filter means: the full name ("Dmitry Peskov"), the last word or
     * words of it ("Peskov"), or an id, case-insensitive; null when there is no filter. Resolved first
     * so that quotes are then found through their speaker index rather than by matching names row by row.
     */
    public static List<Long> idsForSpeaker(String term) {
        if (term == null || term.isBlank()) {
            return null;
        }
        String lower = term.strip().toLowerCase(Locale.ROOT);
        return getEntityManager().createQuery("select e.id from NamedEntity e where lower(e.name) = :t"
                        + " or lower(e.name) like :suffix escape '\\' or cast(e.id as string) = :t", Long.class)
                .setParameter("t", lower).setParameter("suffix", "% " + Query.escapeLike(lower)).getResultList();
    }

    /** Whether an entity filter, stripped and in lower case, means the entity with this id and name (its canonical name or its id). */
    public static boolean nameOrId(String term, long id, String name) {
        return term.equals(name.toLowerCase(Locale.ROOT)) || String.valueOf(id).equals(term);
    }

    /** Whether a speaker filter, as {@link #idsForSpeaker} reads it, means the entity with this id and name. */
    public static boolean filterMeans(String term, Long id, String name) {
        if (id == null || name == null) {
            return false;
        }
        String t = term.strip().toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals(t) || n.endsWith(" " + t) || String.valueOf(id).equals(t);
    }
}
