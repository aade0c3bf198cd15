import { randomBytes } from "node:crypto";
import type { ApiRouteContext } from "@/lib/api/with-api";
import { db } from "@/lib/db";

type Route = (request: Request, context: ApiRouteContext) => Promise<Response>;

/** A fresh client address, so per-IP limits never couple tests. */
export const newIp = () => `10.${[...randomBytes(3)].join(".")}`;

/** Calls a route handler directly, as Next.js would, and reads its JSON answer. */
export async function callRoute(
  route: Route,
  { method = "POST", body, headers = {} }: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await route(
    new Request("http://localhost/api/v1/x", {
      method,
      headers: { "content-type": "application/json", "x-forwarded-for": newIp(), ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}

/** The token of the newest link of this kind emailed to `to` (from the development outbox). */
export async function linkTokenFromOutbox(to: string, path: "/verify-email" | "/reset-password"): Promise<string> {
  const emails = await db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "desc" }, select: { text: true } });
  for (const { text } of emails) {
    const match = new RegExp(`${path}\\?token=([\\w-]+)`).exec(text);
    if (match?.[1]) return match[1];
  }
  throw new Error(`No ${path} link emailed to ${to}`);
}

export const uniqueEmail = (prefix = "user") => `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
