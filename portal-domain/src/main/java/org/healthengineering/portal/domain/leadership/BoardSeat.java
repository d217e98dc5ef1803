package org.healthengineering.portal.domain.leadership;

/** A post's place at the board, ranked: a voting seat carries more authority than attending. */
public enum BoardSeat {
    NONE(0, "No board seat"), ATTENDING(1, "Attends the board"), VOTING(2, "Voting board member");

    private final int rank;
    private final String label;

    BoardSeat(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    public int rank() {
        return rank;
    }

    public String getLabel() {
        return label;
    }
}
