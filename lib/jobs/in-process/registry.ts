import type { Inngest, InngestFunction } from "inngest";

export interface Trigger {
  event?: string;
  cron?: string;
  expression?: string;
}

/** One runnable entry, derived from a function exactly as the SDK's serve() derives it. */
export interface RegisteredFunction {
  id: string;
  fn: InngestFunction.Any;
  client: Inngest.Any;
  handlerKind: "main" | "failure";
  triggers: Trigger[];
  retries: number;
}

interface FunctionConfig {
  id: string;
  triggers: Trigger[];
  steps: Record<string, { retries?: { attempts?: number } }>;
}

// Inngest's default when a function sets no `retries`.
const DEFAULT_RETRIES = 3;
const FAILURE_EXPRESSION = /^event\.data\.function_id == '([^']+)'$/;

export class FunctionRegistry {
  readonly entries: RegisteredFunction[];

  constructor(client: Inngest.Any, functions: InngestFunction.Any[]) {
    this.entries = functions.flatMap((fn) => {
      const configs = (fn as unknown as { getConfig(o: object): FunctionConfig[] }).getConfig({
        baseUrl: new URL("http://in-process/api/inngest"),
        appPrefix: client.id,
      });
      const mainId = configs[0]?.id;
      return configs.map((config) => {
        for (const t of config.triggers) {
          if (t.expression && !FAILURE_EXPRESSION.test(t.expression)) {
            throw new Error(`Function ${config.id}: trigger expressions are not supported by the in-process runner`);
          }
        }
        return {
          id: config.id,
          fn,
          client,
          handlerKind: config.id === mainId ? ("main" as const) : ("failure" as const),
          triggers: config.triggers,
          retries: config.steps.step?.retries?.attempts ?? DEFAULT_RETRIES,
        };
      });
    });
  }

  get(id: string): RegisteredFunction | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Entries an event starts: same name, and for failure handlers the failed function's id. */
  matching(event: { name: string; data?: Record<string, unknown> }): RegisteredFunction[] {
    return this.entries.filter((entry) =>
      entry.triggers.some((t) => {
        if (t.event !== event.name) return false;
        const failedId = t.expression?.match(FAILURE_EXPRESSION)?.[1];
        return failedId === undefined || event.data?.function_id === failedId;
      }),
    );
  }

  crons(): Array<{ entry: RegisteredFunction; cron: string }> {
    return this.entries.flatMap((entry) =>
      entry.triggers.filter((t) => t.cron).map((t) => ({ entry, cron: t.cron as string })),
    );
  }
}
