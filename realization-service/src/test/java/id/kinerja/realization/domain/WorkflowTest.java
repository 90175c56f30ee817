package id.kinerja.realization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.common.i18n.Messages;
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
    assertThat(Workflow.refusal(Action.SUBMIT, Status.APPROVED).toString()).contains("koreksi");
    assertThat(Workflow.refusal(Action.SUBMIT, Status.APPROVED).render(Messages.ENGLISH, ZoneOffset.UTC))
        .contains("correction");
  }

  /** The rule codes clients see are those of the statuses an action starts from, as before the catalogue. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "SUBMIT, must-be-draft-or-returned",
      "VERIFY, must-be-submitted",
      "APPROVE, must-be-verified",
      "RETURN, must-be-submitted-or-verified" })
  void refusalRulesNameTheStatusesAnActionStartsFrom(Action action, String rule) {
    assertThat(Workflow.statusRule(action).rule()).isEqualTo(rule)
        .isEqualTo("must-be-" + String.join("-or-", action.from().stream().map(s -> s.name().toLowerCase()).sorted()
            .toList()));
    assertThat(Workflow.noEligibleCell(action).rule()).isEqualTo("must-have-eligible-cell");
    assertThat(Workflow.refusal(action, Status.DRAFT).toString()).contains("DRAFT");
  }

  @Test
  void reviewsAreNeverByTheSubmitter() {
    assertThat(Action.SUBMIT.mustNotBeSubmitter()).isFalse();
    assertThat(Action.VERIFY.mustNotBeSubmitter()).isTrue();
    assertThat(Action.APPROVE.mustNotBeSubmitter()).isTrue();
    assertThat(Action.RETURN.mustNotBeSubmitter()).isTrue();
  }
}
