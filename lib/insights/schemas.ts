import { z } from "zod";
import { EngineIdSchema } from "@/lib/analysis/schemas";
import { PaginationQuery } from "@/lib/api/pagination";

// Shared by the insight use cases, the REST routes, the insights pages and the OpenAPI document.

/** Path parameter of the insight routes (app/api/v1/insights/[insightId]/…). */
export const InsightIdParams = z.object({ insightId: z.uuid().describe("The insight's id") });
export const SavedReportIdParams = z.object({ savedReportId: z.uuid() });

const KeyFigures = z.record(z.string(), z.number()).describe("Named numbers for trends and compare, e.g. { meanScore: 71.2 }");

export const InsightListItemSchema = z
  .object({
    id: z.uuid(),
    instanceId: z.uuid(),
    engine: EngineIdSchema,
    engineVersion: z.string(),
    syncRunId: z.uuid().describe("The sync whose data the engine read"),
    jobId: z.uuid().nullable().describe("The analysis job that produced it"),
    dataAsOf: z.iso.datetime().describe("When that sync's data was current"),
    createdAt: z.iso.datetime(),
    durationMs: z.number().int().min(0),
    keyFigures: KeyFigures,
  })
  .meta({ id: "InsightListItem" });
export type InsightListItem = z.infer<typeof InsightListItemSchema>;

export const InsightSchema = InsightListItemSchema.extend({
  summary: z.record(z.string(), z.unknown()).describe("What the insights page draws: key figures, chart series, top lists"),
}).meta({ id: "Insight" });
export type InsightView = z.infer<typeof InsightSchema>;

export const LatestInsightsSchema = z.object({
  instanceId: z.uuid(),
  engines: z
    .object({
      controls: InsightSchema.nullable(),
      risks: InsightSchema.nullable(),
      compliance: InsightSchema.nullable(),
      predictive: InsightSchema.nullable(),
    })
    .describe("The latest insight of each engine, or null when that engine has not run on the instance"),
});
export type LatestInsights = z.infer<typeof LatestInsightsSchema>;

export const InsightHistoryQuery = PaginationQuery.extend({ engine: EngineIdSchema.optional() });

export const MAX_TREND_POINTS = 500;

export const InsightTrendsQuery = z.object({
  engine: EngineIdSchema.optional().describe("Default: every engine"),
  from: z.iso.datetime().optional().describe("Only data as of this time or later"),
  to: z.iso.datetime().optional().describe("Only data as of this time or earlier"),
  limit: z.coerce.number().int().min(1).max(MAX_TREND_POINTS).default(100).describe("The most recent points per engine (1-500)"),
});
export type InsightTrendsQuery = z.input<typeof InsightTrendsQuery>;

export const TrendPointSchema = z.object({
  insightId: z.uuid(),
  dataAsOf: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  keyFigures: KeyFigures,
});

export const InsightTrendsSchema = z.object({
  instanceId: z.uuid(),
  series: z.array(z.object({ engine: EngineIdSchema, points: z.array(TrendPointSchema).describe("Oldest first, one per insight") })),
});
export type InsightTrends = z.infer<typeof InsightTrendsSchema>;

export const CompareQuery = z.object({
  a: z.uuid().describe("An insight id, or an instance id (then the latest insight of each engine is compared)"),
  b: z.uuid().describe("Of the same kind as `a`; for insights, of the same engine"),
});

export const DirectionSchema = z
  .enum(["better", "worse", "same"])
  .nullable()
  .describe("From a to b; null when the figure has no good direction (a count of controls) or a side lacks it");

export const KeyFigureDeltaSchema = z.object({
  name: z.string(),
  a: z.number().nullable(),
  b: z.number().nullable(),
  delta: z.number().nullable().describe("b − a"),
  direction: DirectionSchema,
});
export type KeyFigureDelta = z.infer<typeof KeyFigureDeltaSchema>;

export const SubjectDeltaSchema = z.object({
  id: z.string(),
  label: z.string(),
  type: z.string(),
  a: z.number(),
  b: z.number(),
  delta: z.number().describe("b − a"),
  statusA: z.string().nullable(),
  statusB: z.string().nullable(),
});
export type SubjectDelta = z.infer<typeof SubjectDeltaSchema>;

export const StatusChangeSchema = z.object({ from: z.string().nullable(), to: z.string().nullable(), count: z.number().int().min(1) });
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const SubjectChangesSchema = z.object({
  compared: z.number().int().describe("Subjects present in both with a value on both sides"),
  improvedCount: z.number().int(),
  worsenedCount: z.number().int(),
  improved: z.array(SubjectDeltaSchema).describe("The 50 largest improvements"),
  worsened: z.array(SubjectDeltaSchema).describe("The 50 largest deteriorations"),
  appeared: z.number().int().describe("Subjects only in b"),
  disappeared: z.number().int().describe("Subjects only in a"),
  statusChanges: z.array(StatusChangeSchema).describe("Subjects whose class changed, by transition, most frequent first"),
});
export type SubjectChanges = z.infer<typeof SubjectChangesSchema>;

export const InsightComparisonSchema = z
  .object({
    mode: z.enum(["insights", "instances"]),
    a: z.uuid(),
    b: z.uuid(),
    engines: z.array(
      z.object({
        engine: EngineIdSchema,
        a: InsightListItemSchema,
        b: InsightListItemSchema,
        keyFigures: z.array(KeyFigureDeltaSchema),
        subjects: SubjectChangesSchema,
      }),
    ),
  })
  .meta({ id: "InsightComparison" });
export type InsightComparison = z.infer<typeof InsightComparisonSchema>;

export const MAX_SEARCH_RESULTS = 100;
export const SEARCH_QUERY_MAX = 200;

export const SearchFindingsQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, "Enter words to search for")
    .max(SEARCH_QUERY_MAX)
    .describe('Web-search syntax: words, "a phrase", or, -excluded'),
  instanceId: z.uuid().optional(),
  engine: EngineIdSchema.optional(),
  scope: z.enum(["latest", "all"]).default("latest").describe("`latest`: the latest insight per instance and engine; `all`: the history too"),
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_RESULTS).default(20),
});
export type SearchFindingsQuery = z.input<typeof SearchFindingsQuery>;

export const FindingHitSchema = z.object({
  finding: z.object({
    id: z.uuid(),
    severity: z.string(),
    title: z.string(),
    detail: z.string(),
    subjectId: z.string().nullable(),
    position: z.number().int(),
  }),
  insight: z.object({ id: z.uuid(), engine: EngineIdSchema, instanceId: z.uuid(), createdAt: z.iso.datetime() }),
  rank: z.number(),
  snippet: z
    .array(z.object({ text: z.string(), highlight: z.boolean() }))
    .describe("The best passages of title and detail as plain-text pieces; `highlight` marks the matched words"),
});
export type FindingHit = z.infer<typeof FindingHitSchema>;

export const FindingSearchResultSchema = z.object({ data: z.array(FindingHitSchema) });

export const SAVED_REPORT_NAME_MAX = 100;

export const SaveInsightInput = z
  .object({
    name: z.string().trim().min(1, "Enter a name").max(SAVED_REPORT_NAME_MAX).describe("Unique within the organization"),
  })
  .strict();
export type SaveInsightInput = z.input<typeof SaveInsightInput>;

export const SavedReportSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    insightId: z.uuid(),
    engine: EngineIdSchema,
    instanceId: z.uuid(),
    insightCreatedAt: z.iso.datetime(),
    dataAsOf: z.iso.datetime(),
    createdById: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "SavedReport" });
export type SavedReportView = z.infer<typeof SavedReportSchema>;

export const MAX_SUBJECT_PAGE = 500;

export const InsightSubjectsQuery = z.object({
  tag: z.string().min(1).max(300).optional().describe('A chart element\'s drill-down key, e.g. "class:ineffective"'),
  status: z.string().min(1).max(100).optional(),
  q: z.string().trim().min(1).max(200).optional().describe("Part of the subject's label or id, any case"),
  limit: z.coerce.number().int().min(1).max(MAX_SUBJECT_PAGE).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type InsightSubjectsQuery = z.input<typeof InsightSubjectsQuery>;

export const SubjectSchema = z.object({
  id: z.string(),
  label: z.string(),
  type: z.string(),
  value: z.number().nullable(),
  higherIsWorse: z.boolean(),
  status: z.string().nullable(),
  tags: z.array(z.string()),
});
export type SubjectView = z.infer<typeof SubjectSchema>;

export const InsightSubjectsPageSchema = z.object({
  insightId: z.uuid(),
  total: z.number().int().describe("Subjects matching the filters"),
  offset: z.number().int(),
  nextOffset: z.number().int().nullable().describe("Pass as `offset` for the next page; null on the last page"),
  data: z.array(SubjectSchema),
});
export type InsightSubjectsPage = z.infer<typeof InsightSubjectsPageSchema>;
