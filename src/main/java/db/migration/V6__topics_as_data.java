package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.newswire.extraction.topic.TopicClassifier;
import org.newswire.extraction.topic.TopicDefinition;
import org.newswire.topic.TopicDefinitions;

import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Topics become data: each row holds its phrases (JSON), and an article's topic link the phrases that
 * scored it. The built-ins are seeded from the file the offline pipeline reads, so the two cannot
 * drift; later changes to the built-ins need a migration of their own, as this one runs once.
 */
public class V6__topics_as_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("ALTER TABLE topic ADD COLUMN builtin BOOLEAN DEFAULT FALSE NOT NULL");
            ddl.execute("ALTER TABLE topic ADD COLUMN definition VARCHAR(" + TopicDefinitions.MAX_JSON + ")");
            ddl.execute("ALTER TABLE article_topic ADD COLUMN evidence VARCHAR(" + TopicDefinitions.MAX_EVIDENCE_JSON + ")");
        }
        try (PreparedStatement seed = context.getConnection().prepareStatement(
                "UPDATE topic SET builtin = TRUE, label = ?, description = ?, definition = ? WHERE slug = ?")) {
            for (TopicDefinition builtIn : TopicClassifier.builtIns()) {
                seed.setString(1, builtIn.label());
                seed.setString(2, builtIn.description());
                seed.setString(3, TopicDefinitions.phrasesJson(builtIn));
                seed.setString(4, builtIn.slug());
                if (seed.executeUpdate() != 1) {
                    throw new IllegalStateException("built-in topic " + builtIn.slug() + " is not in the topic table");
                }
            }
        }
    }
}
