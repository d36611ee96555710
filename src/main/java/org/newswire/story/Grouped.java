package org.newswire.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/** What a story and a statement share: the first and last time one of their articles came out (else was stored). */
@MappedSuperclass
public abstract class Grouped extends PanacheEntityBase {

    @Column(name = "first_seen")
    public OffsetDateTime firstSeen;

    @Column(name = "last_seen")
    public OffsetDateTime lastSeen;

    /**
     * Widens the span to take in {@code first} and {@code last} (either may be null: nothing to take in);
     * true when {@code first} became its start, so whatever follows the earliest follows it.
     */
    boolean widen(OffsetDateTime first, OffsetDateTime last) {
        if (last != null && (lastSeen == null || last.isAfter(lastSeen))) {
            lastSeen = last;
        }
        if (first != null && (firstSeen == null || first.isBefore(firstSeen))) {
            firstSeen = first;
            return true;
        }
        return false;
    }
}
