import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { permissionsForRole } from "@/lib/permissions";
import { authorize, can } from "./authorize";

const ctx = (role: Parameters<typeof permissionsForRole>[0]) => ({
  organizationId: "org-1",
  actorId: "user-1",
  actorType: "user" as const,
  permissions: permissionsForRole(role),
});

describe("authorize", () => {
  it("lets an admin do everything and a viewer only read", () => {
    expect(can(ctx("ORG_ADMIN"), "billing:manage")).toBe(true);
    expect(can(ctx("VIEWER"), "instances:read")).toBe(true);
    expect(can(ctx("VIEWER"), "instances:create")).toBe(false);
    expect(can(ctx("VIEWER"), "audit:read")).toBe(false);
  });

  it("lets an analyst run analyses but not manage instances", () => {
    expect(can(ctx("ANALYST"), "analysis:create")).toBe(true);
    expect(can(ctx("ANALYST"), "instances:update")).toBe(false);
  });

  it("throws forbidden naming the permission", () => {
    expect(() => authorize(ctx("VIEWER"), "jobs:create")).toThrow(/"jobs:create"/);
    try {
      authorize(ctx("VIEWER"), "jobs:create");
    } catch (e) {
      expect((e as AppError).status).toBe(403);
    }
  });

  it("refuses a context with an empty organization or actor", () => {
    expect(() => authorize({ ...ctx("ORG_ADMIN"), organizationId: "" }, "jobs:read")).toThrow(AppError);
    expect(() => authorize({ ...ctx("ORG_ADMIN"), actorId: "" }, "jobs:read")).toThrow(/No authenticated actor/);
  });
});
