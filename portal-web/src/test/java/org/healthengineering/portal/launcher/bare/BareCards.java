package org.healthengineering.portal.launcher.bare;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * The bare page's only bean (in the page benchmark's reference WAR, not in the portal): a dozen cards made in memory,
 * so that the page renders a component tree of the portal home's kind and size without reading anything.
 */
@Named
@RequestScoped
public class BareCards {

    private final List<Card> cards = new ArrayList<>();
    private String choice = "b";

    public BareCards() {
        for (int i = 1; i <= 12; i++) {
            cards.add(new Card("Card " + i, "A line of text that describes card " + i + " in a sentence or so.",
                    i * 7 % 100, "item-" + i));
        }
    }

    public List<Card> getCards() {
        return cards;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    /** One card: a title, a sentence, a percentage and a link's target. */
    public static final class Card {
        private final String title;
        private final String text;
        private final int percent;
        private final String target;

        Card(String title, String text, int percent, String target) {
            this.title = title;
            this.text = text;
            this.percent = percent;
            this.target = target;
        }

        public String getTitle() {
            return title;
        }

        public String getText() {
            return text;
        }

        public int getPercent() {
            return percent;
        }

        public String getTarget() {
            return target;
        }
    }
}
