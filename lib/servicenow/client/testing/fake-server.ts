import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock } from "../clock";

/** What a test's handler answers: a response, or a misbehaviour the client must survive. */
export type FakeReply =
  | { status: number; json?: unknown; body?: string; headers?: Record<string, string> }
  | "hang"
  | "destroy";

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A tiny node:http server for forcing exact behaviours (a 429 with Retry-After, a cut-off body,
 * a hang) that the simulator produces only statistically.
 */
export async function startFakeServer(handler: (request: RecordedRequest) => FakeReply): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const request = { method: req.method ?? "GET", url: new URL(req.url ?? "/", "http://fake"), headers: req.headers, body };
      requests.push(request);
      const reply = handler(request);
      if (reply === "hang") return void hanging.add(res);
      if (reply === "destroy") return void req.socket.destroy();
      const text = reply.body ?? (reply.json === undefined ? "" : JSON.stringify(reply.json));
      res.writeHead(reply.status, { "Content-Type": "application/json;charset=UTF-8", ...reply.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A clock whose sleeps return at once and advance its time; `sleeps` records each wait. */
export function fakeClock(start = Date.UTC(2025, 0, 1), random = 0.5): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => random,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** `{"result": records}` with the Table API's count header. */
export function tableReply(records: unknown[], totalCount: number): FakeReply {
  return { status: 200, json: { result: records }, headers: { "X-Total-Count": String(totalCount) } };
}
