import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/lib/testing/factories";
import { asCaller, call } from "./testing/instance-routes";

vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: vi.fn() }));
// This process behaves as a production deployment that allows one custom host.
vi.mock("@/lib/env", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/env")>();
  return { ...original, env: () => ({ ...original.env(), NODE_ENV: "production", SERVICENOW_ALLOWED_HOSTS: "grc.example.com, snow.corp.example" }) };
});

const auth = { type: "basic", username: "integration", password: "policy-Passw0rd" } as const;

describe("instance URLs in production", () => {
  it("refuses plain http and loopback hosts, and accepts ServiceNow and the allowed hosts", async () => {
    const admin = await createMember("ORG_ADMIN");
    const me = asCaller(admin);
    for (const url of ["http://localhost:8710", "http://127.0.0.1:8710", "https://localhost:8710", "https://other.example.com"]) {
      const result = await call(me, "create", { body: { name: url, url, auth } });
      expect(result.status, url).toBe(400);
      expect((result.json as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["url"]);
    }
    expect(await db.serviceNowInstance.count({ where: { organizationId: admin.organization.id } })).toBe(0);

    const allowed = await call(me, "create", { body: { name: "Custom", url: "https://GRC.example.com/", auth } });
    expect(allowed.status, allowed.text).toBe(201);
    expect(allowed.json).toMatchObject({ url: "https://grc.example.com" });
    expect((await call(me, "create", { body: { name: "Hosted", url: "https://acme.service-now.com", auth } })).status).toBe(201);

    const id = (allowed.json as { id: string }).id;
    const moved = await call(me, "update", { instanceId: id, body: { url: "http://127.0.0.1:8710", auth } });
    expect(moved.status).toBe(400);
    expect(moved.json).toMatchObject({ detail: expect.stringMatching(/only outside production/) });
    expect((await db.serviceNowInstance.findUniqueOrThrow({ where: { id } })).url).toBe("https://grc.example.com");
  });
});
