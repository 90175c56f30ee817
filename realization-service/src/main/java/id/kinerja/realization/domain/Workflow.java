package id.kinerja.realization.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The verification workflow of DOMAIN §5 as a table: which action moves which status where. Who may act is
 * decided by roles at the resource; that the verifier is never the submitter is {@link #mustNotBeSubmitter}.
 */
public final class Workflow {

  /** A workflow action on a version. */
  public enum Action {
    SUBMIT(EnumSet.of(Status.DRAFT, Status.RETURNED), Status.SUBMITTED, Transition.SUBMITTED),
    VERIFY(EnumSet.of(Status.SUBMITTED), Status.VERIFIED, Transition.VERIFIED),
    APPROVE(EnumSet.of(Status.VERIFIED), Status.APPROVED, Transition.APPROVED),
    RETURN(EnumSet.of(Status.SUBMITTED, Status.VERIFIED), Status.RETURNED, Transition.RETURNED);

    private final Set<Status> from;
    private final Status to;
    private final Transition transition;

    Action(Set<Status> from, Status to, Transition transition) {
      this.from = from;
      this.to = to;
      this.transition = transition;
    }

    public Set<Status> from() {
      return from;
    }

    public Status to() {
      return to;
    }

    public Transition transition() {
      return transition;
    }

    public boolean allowedFrom(Status s) {
      return from.contains(s);
    }

    /** Verification, approval and return are reviews: never by the one who submitted the version. */
    public boolean mustNotBeSubmitter() {
      return this != SUBMIT;
    }
  }

  private Workflow() {
  }

  /** Only an approved version can be corrected (by a new version); anything else is edited or returned instead. */
  public static boolean correctable(Status s) {
    return s == Status.APPROVED;
  }

  /** Why {@code action} cannot start from {@code s}, for the problem message. */
  public static String refusal(Action action, Status s) {
    if (s == Status.APPROVED) {
      return "the version is APPROVED and never changes; open a correction (a new version) instead";
    }
    return switch (action) {
      case SUBMIT -> "only a DRAFT or RETURNED version can be submitted; this one is " + s;
      case VERIFY -> "only a SUBMITTED version can be verified; this one is " + s;
      case APPROVE -> "only a VERIFIED version can be approved; this one is " + s;
      case RETURN -> "only a SUBMITTED or VERIFIED version can be returned; this one is " + s;
    };
  }
}
