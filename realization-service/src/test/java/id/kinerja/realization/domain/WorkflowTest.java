package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.realization.domain.Workflow.Action;

class WorkflowTest {

  @ParameterizedTest(name = "{0} from {1} → {2}")
  @CsvSource({
      "SUBMIT, DRAFT, SUBMITTED",
      "SUBMIT, RETURNED, SUBMITTED",
      "SUBMIT, SUBMITTED, ",
      "SUBMIT, APPROVED, ",
      "VERIFY, SUBMITTED, VERIFIED",
      "VERIFY, DRAFT, ",
      "VERIFY, VERIFIED, ",
      "APPROVE, VERIFIED, APPROVED",
      "APPROVE, SUBMITTED, ",
      "RETURN, SUBMITTED, RETURNED",
      "RETURN, VERIFIED, RETURNED",
      "RETURN, APPROVED, ",
      "RETURN, DRAFT, " })
  void transitions(Action action, Status from, Status to) {
    assertThat(action.allowedFrom(from)).isEqualTo(to != null);
    if (to != null) {
      assertThat(action.to()).isEqualTo(to);
    }
  }

  @Test
  void approvedIsNeverEditedOnlyCorrected() {
    assertThat(Status.APPROVED.editable()).isFalse();
    assertThat(Workflow.correctable(Status.APPROVED)).isTrue();
    assertThat(Workflow.correctable(Status.VERIFIED)).isFalse();
    assertThat(Status.RETURNED.editable()).isTrue();
    assertThat(Workflow.refusal(Action.SUBMIT, Status.APPROVED)).contains("correction");
  }

  @Test
  void reviewsAreNeverByTheSubmitter() {
    assertThat(Action.SUBMIT.mustNotBeSubmitter()).isFalse();
    assertThat(Action.VERIFY.mustNotBeSubmitter()).isTrue();
    assertThat(Action.APPROVE.mustNotBeSubmitter()).isTrue();
    assertThat(Action.RETURN.mustNotBeSubmitter()).isTrue();
  }
}
