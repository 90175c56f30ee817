package id.kinerja.realization.domain;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;

/**
 * The verification workflow of docs/domain.md §5 as a table: which action moves which status where. Who may act is
 * decided by roles at the resource; that the verifier is never the submitter is {@link #mustNotBeSubmitter}.
 */
public final class Workflow {

  /** A workflow action on a version. */
  @Schema(name = "Aksi", description = "A workflow action: SUBMIT (ajukan), VERIFY (verifikasi), APPROVE (setujui/sahkan), RETURN (kembalikan)")
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

  /** The rule a cell breaks when {@code action} cannot start from its status: must-be-{the statuses it starts from}. */
  public static RealizationMessages statusRule(Action action) {
    return switch (action) {
      case SUBMIT -> RealizationMessages.MUST_BE_DRAFT_OR_RETURNED;
      case VERIFY -> RealizationMessages.MUST_BE_SUBMITTED;
      case APPROVE -> RealizationMessages.MUST_BE_VERIFIED;
      case RETURN -> RealizationMessages.MUST_BE_SUBMITTED_OR_VERIFIED;
    };
  }

  /** Why a triwulan action finds nothing to act on: no cell in a status the action starts from. */
  public static RealizationMessages noEligibleCell(Action action) {
    return switch (action) {
      case SUBMIT -> RealizationMessages.MUST_HAVE_ELIGIBLE_CELL_SUBMIT;
      case VERIFY -> RealizationMessages.MUST_HAVE_ELIGIBLE_CELL_VERIFY;
      case APPROVE -> RealizationMessages.MUST_HAVE_ELIGIBLE_CELL_APPROVE;
      case RETURN -> RealizationMessages.MUST_HAVE_ELIGIBLE_CELL_RETURN;
    };
  }

  /** Why {@code action} cannot start from {@code s}, for the problem message. */
  public static Message refusal(Action action, Status s) {
    if (s == Status.APPROVED) {
      return Message.of(RealizationMessages.WORKFLOW_APPROVED);
    }
    return Message.of(switch (action) {
      case SUBMIT -> RealizationMessages.WORKFLOW_SUBMIT;
      case VERIFY -> RealizationMessages.WORKFLOW_VERIFY;
      case APPROVE -> RealizationMessages.WORKFLOW_APPROVE;
      case RETURN -> RealizationMessages.WORKFLOW_RETURN;
    }, "status", s);
  }
}
