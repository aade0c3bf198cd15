/**
 * The ServiceNow Table API client the sync uses, for a real instance and the local simulator
 * alike. Reads only: GET pages of a table with a stable order, with retries (exponential backoff,
 * full jitter, Retry-After), request timeouts, OAuth refresh and a per-instance circuit breaker.
 * Failures are ServiceNowErrors (errors.ts) whose messages are safe to log and show.
 */
import { createAuthorizer, type ServiceNowAuthConfig } from "./auth";
import { getCircuitBreaker, type CircuitBreakerOptions, type CircuitBreakerSnapshot } from "./circuit-breaker";
import { systemClock, type Clock } from "./clock";
import { ServiceNowError, isServiceNowError } from "./errors";
import { requestJson, type JsonResponse } from "./http";
import { defaultRetryPolicy, withRetry, type RetryListener, type RetryPolicy } from "./retry";
import { statusError } from "./status-errors";
import { DEFAULT_PAGE_SIZE, assertPageSize, readPage, tableUrl, type PageRequest, type ServiceNowPage } from "./table-page";

export interface ServiceNowClientOptions {
  /** `https://<name>.service-now.com`; plain http only for a local simulator. */
  instanceUrl: string;
  /** Key of the circuit breaker (the instance's id in our database); default the URL's origin. */
  instanceId?: string;
  auth: ServiceNowAuthConfig;
  /** Default page size, 1 to 10,000 (default 1,000). */
  pageSize?: number;
  /** Per HTTP request, body included (default 65 s). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Called before each retry of a Table API request (never with secrets in the error). */
  onRetry?: RetryListener;
  breaker?: Partial<CircuitBreakerOptions>;
  clock?: Clock;
}

export interface PagesOptions extends Omit<PageRequest, "offset" | "limit"> {
  /** Resume here instead of at 0. */
  startOffset?: number;
  pageSize?: number;
}

export interface ServiceNowClient {
  readonly instanceId: string;
  /** One page; what a durable job calls once per step. */
  fetchPage(table: string, request?: PageRequest): Promise<ServiceNowPage>;
  /** Every page in turn, so a caller can persist as it goes without holding the table. */
  pages(table: string, options?: PagesOptions): AsyncGenerator<ServiceNowPage, void, undefined>;
  breakerState(): CircuitBreakerSnapshot;
}

// Slightly above ServiceNow's 60 s transaction quota, so the instance's own cancellation (with
// its message) normally arrives before our timeout does.
export const DEFAULT_TIMEOUT_MS = 65_000;

export function createServiceNowClient(options: ServiceNowClientOptions): ServiceNowClient {
  const origin = instanceOrigin(options.instanceUrl);
  const instanceId = options.instanceId ?? origin;
  const clock = options.clock ?? systemClock;
  const retry = { ...defaultRetryPolicy, ...options.retry };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  assertPageSize(pageSize);
  const breaker = getCircuitBreaker(instanceId, options.breaker);
  const auth = createAuthorizer(options.auth, { origin, clock, retry, timeoutMs });

  /** One logical GET: retries, one re-authentication after a 401, all inside the breaker. */
  async function get<T>(url: URL, parse: (response: JsonResponse, where: string) => T, signal?: AbortSignal): Promise<T> {
    const where = `GET ${url.pathname}`;
    let usedHeader = "";
    let tableApiRejected = false;
    const attempt = () =>
      withRetry(
        async () => {
          usedHeader = await auth.header(signal);
          const secrets = auth.secrets();
          const response = await requestJson({
            url,
            method: "GET",
            headers: { Accept: "application/json", Authorization: usedHeader },
            timeoutMs,
            signal,
            secrets,
          });
          if (response.status >= 200 && response.status < 300) return parse(response, where);
          tableApiRejected = response.status === 401;
          throw statusError(response, { where, secrets, now: clock.now() });
        },
        { policy: retry, clock, signal, onRetry: options.onRetry },
      );
    return breaker.execute(async () => {
      try {
        return await attempt();
      } catch (error) {
        // Only a 401 from the Table API itself (a token expired mid-sync) is worth one new token;
        // a refused token request already says the credentials are wrong.
        if (!tableApiRejected || !isServiceNowError(error) || !(await auth.recover(usedHeader, signal))) throw error;
        tableApiRejected = false;
        try {
          return await attempt();
        } catch (second) {
          if (!tableApiRejected) throw second;
          throw new ServiceNowError("auth", `ServiceNow rejected a newly issued access token; ${where} answered HTTP 401`, {
            status: 401,
          });
        }
      }
    }, () => clock.now());
  }

  async function fetchPage(table: string, request: PageRequest = {}): Promise<ServiceNowPage> {
    const offset = request.offset ?? 0;
    const limit = request.limit ?? pageSize;
    const url = tableUrl(origin, table, { ...request, offset, limit });
    return get(url, (response, where) => readPage(response, where, offset, limit), request.signal);
  }

  async function* pages(table: string, options: PagesOptions = {}): AsyncGenerator<ServiceNowPage, void, undefined> {
    const { startOffset, pageSize: limit, ...rest } = options;
    let offset: number | null = startOffset ?? 0;
    while (offset !== null) {
      const page = await fetchPage(table, { ...rest, offset, limit });
      yield page;
      offset = page.nextOffset;
    }
  }

  return { instanceId, fetchPage, pages, breakerState: () => breaker.snapshot() };
}

function instanceOrigin(instanceUrl: string): string {
  let url: URL;
  try {
    url = new URL(instanceUrl);
  } catch {
    throw new TypeError("The ServiceNow instance URL is not a valid URL");
  }
  // Credentials go in the Authorization header only, never in a URL that ends up in logs.
  if (url.username || url.password) throw new TypeError("The ServiceNow instance URL must not contain credentials");
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new TypeError("The ServiceNow instance URL must use https (plain http is allowed for localhost only)");
  }
  return url.origin;
}
