// How much the generator makes. Control tests, issues and indicator results follow from these
// counts and the history length (about 12 tests per control over 3 years).

export interface GeneratorCounts {
  users: number;
  groups: number;
  profiles: number;
  authorityDocuments: number;
  citations: number;
  policies: number;
  /** Control objectives (sn_compliance_policy_statement); at most one per control. */
  statements: number;
  controls: number;
  riskDefinitions: number;
  risks: number;
  controlIndicators: number;
  riskIndicators: number;
  widgets: number;
  /** Months of history before the dataset's as-of date. */
  historyMonths: number;
}

export type SizePreset = "small" | "medium" | "large";

export const SIZE_PRESETS: Readonly<Record<SizePreset, GeneratorCounts>> = {
  // About 600 records: fast enough for unit tests.
  small: {
    users: 15, groups: 4, profiles: 6, authorityDocuments: 2, citations: 36, policies: 3, statements: 16, controls: 24,
    riskDefinitions: 8, risks: 12, controlIndicators: 4, riskIndicators: 3, widgets: 2, historyMonths: 24,
  },
  // About 60,000 records.
  medium: {
    users: 300, groups: 25, profiles: 60, authorityDocuments: 6, citations: 1500, policies: 16, statements: 700,
    controls: 2000, riskDefinitions: 24, risks: 800, controlIndicators: 600, riskIndicators: 300, widgets: 5, historyMonths: 36,
  },
  // Just over a million records.
  large: {
    users: 2500, groups: 15, profiles: 600, authorityDocuments: 10, citations: 12000, policies: 16, statements: 9000,
    controls: 24000, riskDefinitions: 24, risks: 9000, controlIndicators: 16000, riskIndicators: 8000, widgets: 8, historyMonths: 36,
  },
};

export function resolveCounts(size: SizePreset = "small", overrides: Partial<GeneratorCounts> = {}): GeneratorCounts {
  const counts = { ...SIZE_PRESETS[size], ...overrides };
  for (const [key, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`count ${key} must be a non-negative integer, got ${value}`);
  }
  if ([counts.controls, counts.users, counts.groups, counts.profiles, counts.historyMonths].some((n) => n < 1)) {
    throw new Error("controls, users, groups, profiles and historyMonths must be at least 1");
  }
  return counts;
}
