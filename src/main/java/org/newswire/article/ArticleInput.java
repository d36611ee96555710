package org.newswire.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to ingest. Only {@code text} is required; its size limit is configured. */
@Schema(name = "ArticleInput")
public record ArticleInput(
        @Schema(description = "Canonical address; an article with the same url is not stored twice",
                example = "https://example.org/news/kremlin-election-2024")
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL") String url,
        @Schema(example = "Kremlin says Russia will not meddle in US election") @Size(max = 1000) String title,
        @Schema(description = "Publisher or site", example = "Newswire Daily") @Size(max = 255) String source,
        @Schema(example = "Jane Doe") @Size(max = 255) String author,
        @Schema(description = "ISO-8601 date or date-time", example = "2024-03-06T09:30:00Z") @Size(max = 40) String publishedAt,
        @Schema(description = "Article body, plain text with paragraphs on separate lines",
                example = "MOSCOW (Newswire) - Kremlin spokesman Dmitry Peskov said on Wednesday that Russia would not interfere in the U.S. election.")
        @NotBlank String text) {

    /**
     * The same article with every field in Unicode NFC, so an "é" typed as one code point or as "e"
     * plus an accent is one name, one entity and one speaker filter match.
     */
    public ArticleInput normalized() {
        return new ArticleInput(nfc(url), nfc(title), nfc(source), nfc(author), nfc(publishedAt), nfc(text));
    }

    private static String nfc(String s) {
        return s == null ? null : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }
}
