import { InstanceIdParams } from "@/lib/instances/schemas";
import {
  CompareQuery,
  FindingSearchResultSchema,
  InsightComparisonSchema,
  InsightHistoryQuery,
  InsightIdParams,
  InsightListItemSchema,
  InsightSchema,
  InsightSubjectsPageSchema,
  InsightSubjectsQuery,
  InsightTrendsQuery,
  InsightTrendsSchema,
  LatestInsightsSchema,
  SavedReportIdParams,
  SavedReportSchema,
  SaveInsightInput,
  SearchFindingsQuery,
} from "@/lib/insights/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

// An instance's insights live under /insights/instances/{instanceId}: /insights/{insightId} is
// one insight, and one folder level can hold only one dynamic segment name.
const TAGS = ["Insights"];

export const getLatestInsightsOperation = defineOperation({
  operationId: "getLatestInsights",
  method: "GET",
  path: "/insights/instances/{instanceId}",
  summary: "The latest insight of each engine on an instance, with its key figures and summary",
  description:
    "Latest: about the most recent data, and of those the newest run (a replay of an old sync does not replace it). " +
    "An engine that has not run on the instance is null.",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  params: InstanceIdParams,
  response: LatestInsightsSchema,
});

export const listInsightHistoryOperation = defineOperation({
  operationId: "listInsightHistory",
  method: "GET",
  path: "/insights/instances/{instanceId}/history",
  summary: "An instance's insights, newest first, optionally of one engine (without summaries)",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  params: InstanceIdParams,
  query: InsightHistoryQuery,
  response: pageOf(InsightListItemSchema),
});

export const getInsightTrendsOperation = defineOperation({
  operationId: "getInsightTrends",
  method: "GET",
  path: "/insights/instances/{instanceId}/trends",
  summary: "Each engine's key figures over time, one point per insight, oldest first by when its data was current",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  params: InstanceIdParams,
  query: InsightTrendsQuery,
  response: InsightTrendsSchema,
});

export const compareInsightsOperation = defineOperation({
  operationId: "compareInsights",
  method: "GET",
  path: "/insights/compare",
  summary: "Compare two insights of one engine, or the latest insights of two instances",
  description:
    "Per engine: each key figure's change (b − a) and whether it is better or worse, the subjects that improved or " +
    "worsened most, how many appeared or disappeared, and how many changed class (e.g. effective → ineffective). " +
    "400 for insights of different engines or for one insight and one instance.",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  query: CompareQuery,
  response: InsightComparisonSchema,
});

export const searchFindingsOperation = defineOperation({
  operationId: "searchInsightFindings",
  method: "GET",
  path: "/insights/search",
  summary: "Full-text search of the findings, best match first, with highlighted snippets",
  description: "400 when the query has no searchable words (only common words such as \"the\").",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  query: SearchFindingsQuery,
  response: FindingSearchResultSchema,
});

export const getInsightOperation = defineOperation({
  operationId: "getInsight",
  method: "GET",
  path: "/insights/{insightId}",
  summary: "One insight with its key figures and summary",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  params: InsightIdParams,
  response: InsightSchema,
});

export const listInsightSubjectsOperation = defineOperation({
  operationId: "listInsightSubjects",
  method: "GET",
  path: "/insights/{insightId}/subjects",
  summary: "The controls, risks or requirements behind a chart element (by its tag), one page at a time",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  params: InsightIdParams,
  query: InsightSubjectsQuery,
  response: InsightSubjectsPageSchema,
});

export const saveInsightOperation = defineOperation({
  operationId: "saveInsight",
  method: "POST",
  path: "/insights/{insightId}/save",
  summary: "Save an insight as a named report",
  description: "Needs only insights:read: a saved report is a named bookmark. 409 when the organization has a saved report of that name.",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  params: InsightIdParams,
  body: SaveInsightInput,
  bodyLimit: 1024,
  response: SavedReportSchema,
  successStatus: 201,
});

export const listSavedReportsOperation = defineOperation({
  operationId: "listSavedReports",
  method: "GET",
  path: "/insights/saved",
  summary: "The organization's saved reports, newest first",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  query: PaginationQuery,
  response: pageOf(SavedReportSchema),
});

export const deleteSavedReportOperation = defineOperation({
  operationId: "deleteSavedReport",
  method: "DELETE",
  path: "/insights/saved/{savedReportId}",
  summary: "Delete a saved report (the insight stays)",
  tags: TAGS,
  auth: "required",
  permission: "insights:read",
  params: SavedReportIdParams,
});

export const insightOperations: readonly ApiOperation[] = [
  getLatestInsightsOperation,
  listInsightHistoryOperation,
  getInsightTrendsOperation,
  compareInsightsOperation,
  searchFindingsOperation,
  getInsightOperation,
  listInsightSubjectsOperation,
  saveInsightOperation,
  listSavedReportsOperation,
  deleteSavedReportOperation,
];
