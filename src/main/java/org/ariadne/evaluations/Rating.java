package org.ariadne.evaluations;

/**
 * The four-point scale an evaluator rates a criterion on. Each point has a meaning that the form and the evaluation
 * page show beside it, so that "satisfactory" means the same to every evaluator.
 */
public enum Rating {
    HIGHLY_SATISFACTORY(4), SATISFACTORY(3), PARTLY_UNSATISFACTORY(2), UNSATISFACTORY(1);

    private final int score;

    Rating(int score) {
        this.score = score;
    }

    /** 4 highly satisfactory … 1 unsatisfactory: the matrix and the chart use it. */
    public int score() {
        return score;
    }

    public String messageKey() {
        return "evaluations.rating." + name();
    }

    /** What the point means ("the criterion is fully met; no or only minor shortcomings"). */
    public String meaningKey() {
        return "evaluations.rating." + name() + ".meaning";
    }

    public String cssClass() {
        return "rating-" + score;
    }

    /** Whether this is a rating that calls for attention (the lower half of the scale). */
    public boolean unsatisfactory() {
        return score <= 2;
    }
}
