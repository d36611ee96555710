package org.newswire.extraction.quote;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextsTest {

    @Test
    void trimsSpaceJoiningPunctuationAndAFinalStop() {
        String text = " , the talks would resume. ";
        assertEquals("the talks would resume", Texts.trim(text, 0, text.length()).text());
        assertNull(Texts.trim(text, 0, 3));
    }

    @Test
    void aBracketOpenedInsideIsClosedWhenItsCloseFollows() {
        String text = "inspections under the 2011 treaty (New START) had stopped";
        int end = text.indexOf(')');
        assertEquals("inspections under the 2011 treaty (New START)", Texts.trim(text, 0, end).text());
        String balanced = "the treaty (New START) had stopped) later";
        assertEquals("the treaty (New START) had stopped", Texts.trim(balanced, 0, balanced.indexOf(") later")).text());
    }
}
