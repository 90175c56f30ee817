package id.kinerja.realization.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which failed sends end a reminder run: a send the server left unanswered (the blocking mailer's timeout) or one
 * interrupted; a refused connection or a rejected recipient does not (the run goes on to the next reminder).
 */
class PengingatJobTanpaJawabanTest {

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void theMailersTimeoutEndsTheRun() {
    assertThat(PengingatJob.tanpaJawaban(new io.smallrye.mutiny.TimeoutException())).isTrue();
    assertThat(PengingatJob.tanpaJawaban(new CompletionException(new TimeoutException("no greeting")))).isTrue();
  }

  @Test
  void anInterruptedSendEndsTheRunAndKeepsTheInterrupt() {
    assertThat(PengingatJob.tanpaJawaban(new CompletionException(new InterruptedException()))).isTrue();
    assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the scheduler").isTrue();
  }

  @Test
  void aRefusedConnectionOrARejectedRecipientDoesNot() {
    assertThat(PengingatJob.tanpaJawaban(new CompletionException(new java.net.ConnectException("Connection refused"))))
        .isFalse();
    assertThat(PengingatJob.tanpaJawaban(new IllegalStateException("550 5.1.1 mailbox unavailable"))).isFalse();
  }
}
