package io.ordo.platform.problem;

import java.util.List;

/** Thrown by application code for an expected refusal that the API answers as a problem. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(Problem.of(type, detail, errors));
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The refusal somewhere in {@code failure}'s causes, e.g. wrapped by a library it passed through. */
    public static java.util.Optional<ProblemException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return java.util.Optional.of(problem);
            }
        }
        return java.util.Optional.empty();
    }
}
