package org.newswire.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An index on disk remembers which database it was built from, so another database's service rebuilds it. */
class SearchIndexTest {

    @Test
    void anIndexRecordsTheDatabaseItBelongsTo(@TempDir Path folder) {
        try (SearchIndex fresh = SearchIndex.onDisk(folder)) {
            assertNull(fresh.builtFrom(), "a new index belongs to no database yet");
            fresh.belongTo("database-a");
            fresh.replaceArticle(1, List.of(new SearchIndex.Entry(SearchIndex.Kind.ARTICLE, 1, 1, 0, "t", "Peskov said no")));
            fresh.commit();
        }
        try (SearchIndex reopened = SearchIndex.onDisk(folder)) {
            assertEquals("database-a", reopened.builtFrom());
            assertTrue(reopened.currentFormat());
            assertEquals(1, reopened.articleRevisions().size());
        }
    }
}
