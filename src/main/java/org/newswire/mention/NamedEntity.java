package org.newswire.mention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.newswire.extraction.EntityType;

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
}
