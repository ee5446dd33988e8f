package org.dccsim.dcc.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.dccsim.smki.Eui64;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {

  private final Eui64 alice = Eui64.parse("90-B3-D5-1F-30-01-00-00");
  private final Eui64 bob = Eui64.parse("90-B3-D5-1F-30-03-00-00");
  private final Instant t0 = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void warnsThenQuarantinesAUserAboveItsThresholdsWithinOneWindow() {
    AnomalyDetector ad = new AnomalyDetector(new AnomalyThresholds(Duration.ofMinutes(10), 2, 3, 0, Map.of()));
    assertThat(ad.count(alice, "4.1.1", t0).kind()).isEqualTo(AnomalyVerdict.Kind.PASS);
    assertThat(ad.count(alice, "4.1.1", t0).kind()).isEqualTo(AnomalyVerdict.Kind.PASS);
    assertThat(ad.count(alice, "4.1.1", t0).kind()).isEqualTo(AnomalyVerdict.Kind.WARN);
    AnomalyVerdict fourth = ad.count(alice, "4.1.1", t0.plusSeconds(1));
    assertThat(fourth.kind()).isEqualTo(AnomalyVerdict.Kind.QUARANTINE_USER);
    assertThat(fourth.count()).isEqualTo(4);
    assertThat(fourth.threshold()).isEqualTo(3);
    assertThat(fourth.quarantined()).isTrue();

    assertThat(ad.count(alice, "7.1", t0).kind()).as("another SRV counts apart").isEqualTo(AnomalyVerdict.Kind.PASS);
    assertThat(ad.count(bob, "4.1.1", t0).kind()).as("another User counts apart").isEqualTo(AnomalyVerdict.Kind.PASS);
    assertThat(ad.count(alice, "4.1.1", t0.plus(Duration.ofMinutes(10))).kind())
        .as("a new window starts from zero").isEqualTo(AnomalyVerdict.Kind.PASS);
  }

  @Test
  void theDccWideThresholdCountsAllUsersOfAnSrv() {
    AnomalyDetector ad = new AnomalyDetector(new AnomalyThresholds(Duration.ofHours(1), 0, 0, 0,
        Map.of("8.2", new AnomalyThresholds.Levels(0, 0, 2))));
    assertThat(ad.count(alice, "8.2", t0).kind()).isEqualTo(AnomalyVerdict.Kind.PASS);
    assertThat(ad.count(bob, "8.2", t0).kind()).isEqualTo(AnomalyVerdict.Kind.PASS);
    assertThat(ad.count(bob, "8.2", t0).kind()).isEqualTo(AnomalyVerdict.Kind.QUARANTINE_DCC);
  }

  @Test
  void thresholdsCanBeRetunedWhileCountsCarryOver() {
    AnomalyDetector ad = new AnomalyDetector(new AnomalyThresholds(Duration.ofHours(1), 0, 100, 0, Map.of()));
    for (int i = 0; i < 5; i++) {
      ad.count(alice, "4.1.1", t0);
    }
    ad.update(new AnomalyThresholds(Duration.ofHours(1), 0, 5, 0, Map.of()));
    assertThat(ad.count(alice, "4.1.1", t0).kind()).isEqualTo(AnomalyVerdict.Kind.QUARANTINE_USER);
  }

  @Test
  void quarantineGivesUniqueReferencesAndStaysBounded() {
    Quarantine q = new Quarantine(2);
    AnomalyVerdict v = new AnomalyVerdict(AnomalyVerdict.Kind.QUARANTINE_USER, 4, 3);
    long r1 = q.hold("a:b:1", alice, "4.1.1", v, t0).eventRef();
    long r2 = q.hold("a:b:2", alice, "4.1.1", v, t0).eventRef();
    q.hold("a:b:3", alice, "4.1.1", v, t0);
    assertThat(r2).isGreaterThan(r1);
    assertThat(q.list()).extracting(QuarantinedRequest::requestId).containsExactly("a:b:2", "a:b:3");
    assertThat(q.total()).isEqualTo(3);
  }
}
