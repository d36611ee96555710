package org.newswire.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.newswire.api.Page;
import org.newswire.api.PageRequest;
import org.newswire.api.Params;
import org.newswire.api.Query;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stories: groups of an article and its copies. */
@ApplicationScoped
public class StoryService {

    static final Map<String, String> SORTS = Map.of(
            "-firstSeen", "s.firstSeen desc nulls last, s.id desc",
            "firstSeen", "s.firstSeen asc nulls last, s.id asc",
            "-lastSeen", "s.lastSeen desc nulls last, s.id desc",
            "-articles", "s.articleCount desc, s.firstSeen desc nulls last, s.id desc",
            "-sources", "s.sourceCount desc, s.firstSeen desc nulls last, s.id desc");

    /**
     * Null fields do not filter; {@code from}/{@code to} bound the first publication, {@code to} exclusive;
     * {@code source} keeps stories one of whose copies came from it.
     */
    public record StoryFilter(int minArticles, String source, OffsetDateTime from, OffsetDateTime to) {
    }

    @Transactional
    public Page<StoryViews.StorySummary> list(StoryFilter filter, String sort, PageRequest page) {
        String order = Params.sort(SORTS, sort, "-firstSeen");
        Query query = new Query()
                .where("s.articleCount >= :min", "min", filter.minArticles())
                .where("exists (select 1 from Article a where a.storyId = s.id and lower(a.source) = :source)", "source", Query.lower(filter.source()))
                .where("s.firstSeen >= :from", "from", filter.from())
                .where("s.firstSeen < :to", "to", filter.to());
        long total = Story.count("from Story s" + query.clause(), query.params());
        List<Story> stories = Story.<Story>find("select s from Story s" + query.clause() + " order by " + order, query.params())
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        Map<Long, List<String>> sources = sources(stories.stream().map(s -> s.id).toList());
        return new Page<>(stories.stream().map(s -> new StoryViews.StorySummary(s.id, s.title, s.leadArticleId, s.firstSeen, s.lastSeen,
                s.articleCount, s.sourceCount, sources.getOrDefault(s.id, List.of()))).toList(), page.page(), page.size(), total);
    }

    @Transactional
    public Optional<StoryViews.StoryDetail> detail(long id) {
        Story s = Story.findById(id);
        if (s == null) {
            return Optional.empty();
        }
        List<StoryViews.StoryArticle> articles = Story.getEntityManager().createQuery("select a.id, a.url, a.title, a.source, a.publishedAt, a.ingestedAt"
                        + " from Article a where a.storyId = :id order by coalesce(a.publishedAt, a.ingestedAt), a.id", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new StoryViews.StoryArticle((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (OffsetDateTime) r[4], (OffsetDateTime) r[5])).toList();
        return Optional.of(new StoryViews.StoryDetail(s.id, s.title, s.leadArticleId, s.firstSeen, s.lastSeen, s.articleCount,
                s.sourceCount, sources(List.of(id)).getOrDefault(id, List.of()), articles));
    }

    /** The named sources of each story, most copies first. */
    private static Map<Long, List<String>> sources(List<Long> stories) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (!stories.isEmpty()) {
            Story.getEntityManager().createQuery("select a.storyId, a.source, count(a) as n from Article a where a.storyId in :ids"
                            + " and a.source is not null group by a.storyId, a.source order by n desc, a.source", Object[].class)
                    .setParameter("ids", stories).getResultList()
                    .forEach(r -> out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        }
        return out;
    }
}
