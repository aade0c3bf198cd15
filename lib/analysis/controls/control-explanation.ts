// The plain-English sentence behind each control's score: what the evidence was, what was deducted
// and which class rule applied.
import { AVERAGE_MONTH_MS, DAY_MS } from "@/lib/analysis/stats/recency";
import type { ControlAssessment } from "./assess-controls";
import { BASELINE, CLASS_RULE } from "./controls-options";

const FREQUENCY_LABEL: Readonly<Record<string, string>> = {
  monthly: "monthly",
  quarterly: "quarterly",
  semi_annually: "semi-annual",
  annually: "annual",
};

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "12 days", "7 months", "2.5 years". */
export function formatDuration(ms: number): string {
  const days = Math.max(0, Math.round(ms / DAY_MS));
  if (days < 45) return plural(days, "day");
  const months = Math.round(ms / AVERAGE_MONTH_MS);
  if (months < 24) return plural(months, "month");
  return `${(ms / (12 * AVERAGE_MONTH_MS)).toFixed(1)} years`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function testSentence(a: ControlAssessment, halfLifeMonths: number): string {
  if (a.testsWithOutcome === 0 || a.passRate === null || a.credibleRate === null || a.lower === null || a.upper === null) {
    return "Untested: no control test with a pass or fail outcome yet, so there is no effectiveness score.";
  }
  const passed = a.testsWithOutcome - a.failures;
  const failed = a.failures === 0 ? "" : `, failed ${a.failures}${a.lastFailedAt === null ? "" : ` (most recently on ${isoDate(a.lastFailedAt)})`}`;
  const latest = a.lastOutcome === null ? "" : `; the latest test ${a.lastOutcome === "pass" ? "passed" : "failed"}`;
  return (
    `Passed ${passed} of ${plural(a.testsWithOutcome, "test")}${failed}${latest}. ` +
    `Recency-weighted pass rate ${percent(a.passRate)} (95% range ${percent(a.lower)}-${percent(a.upper)}, ` +
    `from ${a.effectiveTests.toFixed(1)} effective tests; weights halve every ${halfLifeMonths} months); ` +
    `with a ${percent(BASELINE.passRate)} baseline worth ${BASELINE.tests} tests, ${percent(a.credibleRate)}.`
  );
}

function deductionSentences(a: ControlAssessment, asOf: number): string[] {
  const sentences: string[] = [];
  const p = a.penalties;
  if (a.indicatorResults > 0 && a.indicatorFailureRate !== null) {
    sentences.push(`Indicators failed ${a.indicatorFailures} of ${plural(a.indicatorResults, "result")} (weighted ${percent(a.indicatorFailureRate)}, −${p.indicators}).`);
  }
  if (a.openIssues > 0) sentences.push(`${plural(a.openIssues, "open issue")} linked (−${p.openIssues}).`);
  if (a.attestation === "non_compliant") sentences.push(`Attested non-compliant (−${p.attestation}).`);
  else if (a.attestation === "" && a.inScope) sentences.push("Not attested yet.");
  const cadence = FREQUENCY_LABEL[a.frequency] ?? `annual (frequency ${a.frequency === "" ? "not set" : `"${a.frequency}"`}, assumed)`;
  const lastTest = a.lastTestedAt === null ? "Never tested" : `Last tested ${formatDuration(asOf - a.lastTestedAt)} ago`;
  if (a.overdue && a.overdueDays !== null) {
    sentences.push(`${lastTest}; ${cadence} testing is overdue by ${formatDuration(a.overdueDays * DAY_MS)} (−${p.overdue}).`);
  } else if (a.lastTestedAt !== null) {
    sentences.push(`${lastTest} (${cadence} testing).`);
  }
  return sentences;
}

/** Empty for untested controls: the first sentence already says so. */
function classSentence(a: ControlAssessment): string {
  const score = a.score === null ? "" : `Score ${a.score}: `;
  const lower = a.lower === null ? "" : percent(a.lower);
  const upper = a.upper === null ? "" : percent(a.upper);
  switch (a.class) {
    case "untested":
      return "";
    case "ineffective":
      return a.score !== null && a.score < CLASS_RULE.ineffectiveBelowScore
        ? `${score}ineffective (below ${CLASS_RULE.ineffectiveBelowScore}).`
        : `${score}ineffective (even the upper bound of the pass rate, ${upper}, is below ${percent(CLASS_RULE.ineffectiveUpperBoundBelow)}).`;
    case "effective":
      return `${score}effective (${CLASS_RULE.effectiveFromScore} or more, lower bound ${lower}).`;
    case "needs_improvement":
      return a.score !== null && a.score < CLASS_RULE.effectiveFromScore
        ? `${score}needs improvement (${CLASS_RULE.ineffectiveBelowScore}-${CLASS_RULE.effectiveFromScore}).`
        : `${score}needs improvement (the lower bound of the pass rate, ${lower}, is below ${percent(CLASS_RULE.effectiveLowerBoundFrom)}: too few recent tests to call it effective).`;
  }
}

export function describeAssessment(a: ControlAssessment, asOf: number, halfLifeMonths: number): string {
  const scope = a.inScope ? [] : ["Exempt or retired: listed but left out of counts and roll-ups."];
  return [testSentence(a, halfLifeMonths), ...deductionSentences(a, asOf), classSentence(a), ...scope].filter(Boolean).join(" ");
}
