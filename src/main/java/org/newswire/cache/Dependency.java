package org.newswire.cache;

/**
 * Which new articles can change a stored answer: the answer stays fresh while every addition passes it
 * by. Writes other than additions (deletes, re-extractions, merges, topic edits, another instance's
 * writes) make every answer stale whatever it depends on.
 */
@FunctionalInterface
public interface Dependency {

    /** An answer that any new article may change (what nothing more precise is known about). */
    Dependency ANY = added -> true;
    /** An answer no new article changes (one stored article's own detail). */
    Dependency NO_ADDITION = added -> false;

    boolean changedBy(Addition added);
}
