package org.ariadne.review;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The half-year rating of seed 002's monitoring matrix, with the numbers 1 to 3 the paper matrix uses. */
public enum Rating {
    /** 1 On track. */
    ON_TRACK(1),
    /** 2 Difficulties encountered, but can be handled. */
    MANAGEABLE_DIFFICULTIES(2),
    /** 3 Experiencing difficulties, needs revision. */
    NEEDS_REVISION(3);

    private final int number;

    Rating(int number) {
        this.number = number;
    }

    /** The rating with this number; anything but 1, 2 or 3 is refused. */
    public static Rating of(int number) {
        for (var rating : values()) {
            if (rating.number == number) {
                return rating;
            }
        }
        throw ReviewException.ratingOutOfRange(number);
    }

    public int number() {
        return number;
    }

    /**
     * Ratings 2 and 3 must say why (seed 002: "comments as to why the review is rated 1, 2 or 3"; for 1 comments are
     * offered, not asked). Recommendations and corrective actions stay optional for every rating.
     */
    public boolean asksForComments() {
        return this != ON_TRACK;
    }

    /** "1 On track", with the number, as the seed writes it. */
    public String messageKey() {
        return "review.rating." + number;
    }

    DefaultMessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(messageKey());
    }
}
