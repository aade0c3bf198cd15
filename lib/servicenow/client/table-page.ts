import { field, withStableOrder, type EncodedQuery } from "./encoded-query";
import { ServiceNowError } from "./errors";
import type { JsonResponse } from "./http";

/** A record as the Table API returns it: strings, or `{link, value}` objects for references. */
export type ServiceNowRecord = Record<string, unknown>;

export interface ServiceNowPage {
  records: ServiceNowRecord[];
  offset: number;
  limit: number;
  /** X-Total-Count: rows matching the query across all pages, null if the server sent none. */
  totalCount: number | null;
  /** offset / limit, so a run resumed at an offset keeps numbering pages as the first run did. */
  pageIndex: number;
  /** Where the next page starts, or null after the last page. */
  nextOffset: number | null;
}

export interface PageRequest {
  query?: EncodedQuery | null;
  /** sysparm_fields; all fields when omitted. */
  fields?: readonly string[];
  offset?: number;
  limit?: number;
  signal?: AbortSignal;
}

/** The Table API documents 10,000 as its default page; larger pages risk its 60 s quota. */
export const MAX_PAGE_SIZE = 10_000;
export const DEFAULT_PAGE_SIZE = 1_000;

const TABLE = /^[a-z0-9_]+$/;

export function assertPageSize(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new RangeError(`Page size must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${limit}`);
  }
}

export function tableUrl(origin: string, table: string, request: PageRequest & { offset: number; limit: number }): URL {
  if (!TABLE.test(table)) throw new TypeError(`Not a ServiceNow table name: ${JSON.stringify(table)}`);
  if (!Number.isInteger(request.offset) || request.offset < 0) {
    throw new RangeError(`Offset must be a non-negative integer, got ${request.offset}`);
  }
  assertPageSize(request.limit);
  const url = new URL(`/api/now/table/${table}`, origin);
  const params = url.searchParams;
  params.set("sysparm_query", withStableOrder(request.query));
  if (request.fields) params.set("sysparm_fields", request.fields.map(field).join(","));
  params.set("sysparm_limit", String(request.limit));
  params.set("sysparm_offset", String(request.offset));
  // Raw values (UTC datetimes, choice values, sys_ids) and references as bare sys_ids: smaller
  // pages, and nothing that depends on the integration user's locale or time zone.
  params.set("sysparm_display_value", "false");
  params.set("sysparm_exclude_reference_link", "true");
  return url;
}

/** Validates the `{"result": [...]}` envelope; a bad one is retried like a truncated body. */
export function readPage(response: JsonResponse, where: string, offset: number, limit: number): ServiceNowPage {
  const result = (response.body as { result?: unknown } | null)?.result;
  if (!Array.isArray(result) || !result.every((row) => typeof row === "object" && row !== null && !Array.isArray(row))) {
    throw new ServiceNowError("malformed_response", `${where} returned JSON without a "result" array of records`, {
      status: response.status,
    });
  }
  const header = response.headers.get("x-total-count");
  const totalCount = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : null;
  const end = offset + limit;
  // Not `records.length < limit`: the limit applies before ACLs, so a page can come back short
  // while more rows follow (KB3047115). The count is the reliable signal when present.
  const more = totalCount !== null ? end < totalCount : result.length >= limit;
  return {
    records: result as ServiceNowRecord[],
    offset,
    limit,
    totalCount,
    pageIndex: Math.floor(offset / limit),
    nextOffset: more ? end : null,
  };
}
