package org.newswire.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic: the three built-ins seeded by the migrations, and those users define. */
@Entity
@Table(name = "topic")
public class Topic extends PanacheEntityBase {

    @Id
    public String slug;

    public String label;

    public String description;

    @Column(name = "builtin")
    public boolean builtIn;

    /** Phrases and negative phrases as JSON ({@link TopicDefinitions}). */
    public String definition;
}
