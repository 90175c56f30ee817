package id.kinerja.realization.domain;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.kinerja.common.i18n.Message;

/**
 * The verification workflow of DOMAIN §5 as a table: which action moves which status where. Who may act is
 * decided by roles at the resource; that the verifier is never the submitter is {@link #mustNotBeSubmitter}.
 */
public final class Workflow {

  /** A workflow action on a version. */
  @Schema(name = "Aksi", description = "A workflow action: SUBMIT (ajukan), VERIFY (verifikasi), APPROVE (setujui/sahkan), RETURN (kembalikan)")
  public enum Action {
    SUBMIT(EnumSet.of(Status.DRAFT, Status.RETURNED), Status.SUBMITTED, Transition.SUBMITTED,
        RealizationMessages.MUST_BE_DRAFT_OR_RETURNED, RealizationMessages.MUST_HAVE_ELIGIBLE_CELL_SUBMIT,
        RealizationMessages.WORKFLOW_SUBMIT),
    VERIFY(EnumSet.of(Status.SUBMITTED), Status.VERIFIED, Transition.VERIFIED, RealizationMessages.MUST_BE_SUBMITTED,
        RealizationMessages.MUST_HAVE_ELIGIBLE_CELL_VERIFY, RealizationMessages.WORKFLOW_VERIFY),
    APPROVE(EnumSet.of(Status.VERIFIED), Status.APPROVED, Transition.APPROVED, RealizationMessages.MUST_BE_VERIFIED,
        RealizationMessages.MUST_HAVE_ELIGIBLE_CELL_APPROVE, RealizationMessages.WORKFLOW_APPROVE),
    RETURN(EnumSet.of(Status.SUBMITTED, Status.VERIFIED), Status.RETURNED, Transition.RETURNED,
        RealizationMessages.MUST_BE_SUBMITTED_OR_VERIFIED, RealizationMessages.MUST_HAVE_ELIGIBLE_CELL_RETURN,
        RealizationMessages.WORKFLOW_RETURN);

    private final Set<Status> from;
    private final Status to;
    private final Transition transition;
    /** The rule a cell breaks when the action cannot start from its status. */
    private final RealizationMessages statusRule;
    /** Why a triwulan action finds nothing to act on. */
    private final RealizationMessages noEligibleCell;
    /** Why the action cannot start from a status (other than APPROVED). */
    private final RealizationMessages refusal;

    Action(Set<Status> from, Status to, Transition transition, RealizationMessages statusRule,
        RealizationMessages noEligibleCell, RealizationMessages refusal) {
      this.from = from;
      this.to = to;
      this.transition = transition;
      this.statusRule = statusRule;
      this.noEligibleCell = noEligibleCell;
      this.refusal = refusal;
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
    return action.statusRule;
  }

  /** Why a triwulan action finds nothing to act on: no cell in a status the action starts from. */
  public static RealizationMessages noEligibleCell(Action action) {
    return action.noEligibleCell;
  }

  /** Why {@code action} cannot start from {@code s}, for the problem message. */
  public static Message refusal(Action action, Status s) {
    if (s == Status.APPROVED) {
      return Message.of(RealizationMessages.WORKFLOW_APPROVED);
    }
    return Message.of(action.refusal, "status", s);
  }
}
