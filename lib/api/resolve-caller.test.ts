import { beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { findMembership, listOrganizationsForUser } from "@/lib/organizations/queries";
import { permissionsForRole } from "@/lib/permissions";
import { asMember } from "@/lib/testing/memberships";
import { resolveCaller } from "./resolve-caller";

vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: vi.fn() }));
vi.mock("@/lib/organizations/queries", () => ({ findMembership: vi.fn(), listOrganizationsForUser: vi.fn() }));

const USER = { id: "0198f3b2-0000-7000-8000-000000000001", email: "ada@example.com", name: "Ada" };
const ACME = { id: "0198f3b2-0000-7000-8000-0000000000a1", name: "Acme", slug: "acme" };
const GLOBEX = { id: "0198f3b2-0000-7000-8000-0000000000b2", name: "Globex", slug: "globex" };

const request = (headers: Record<string, string> = {}) => new Request("http://localhost/api/v1/x", { headers });

async function failure(headers: Record<string, string>) {
  const error = await resolveCaller(request(headers), "req-1").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, message: (error as AppError).message };
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(getCurrentUser).mockResolvedValue(USER);
  vi.mocked(listOrganizationsForUser).mockResolvedValue([asMember(ACME, "ANALYST")]);
  vi.mocked(findMembership).mockResolvedValue(null);
});

describe("resolveCaller with a session", () => {
  it("uses the only membership when no organization header is sent", async () => {
    expect(await resolveCaller(request(), "req-1")).toEqual({
      organizationId: ACME.id,
      actorId: USER.id,
      actorType: "user",
      actorLabel: USER.email,
      permissions: permissionsForRole("ANALYST"),
      requestId: "req-1",
    });
  });

  it("asks users with several organizations to choose one", async () => {
    vi.mocked(listOrganizationsForUser).mockResolvedValue([
      asMember(ACME, "ANALYST"),
      asMember(GLOBEX, "VIEWER"),
    ]);
    expect(await failure({})).toEqual({ code: "bad_request", message: "Choose an organization with the x-organization-slug header" });
  });

  it("uses the organization named by slug or id when the user is a member", async () => {
    vi.mocked(findMembership).mockResolvedValue(asMember(GLOBEX, "VIEWER"));
    const bySlug = await resolveCaller(request({ "x-organization-slug": "globex" }), "r");
    expect(bySlug).toMatchObject({ organizationId: GLOBEX.id, permissions: permissionsForRole("VIEWER") });
    expect(findMembership).toHaveBeenLastCalledWith(USER.id, { slug: "globex" });

    await resolveCaller(request({ "x-organization-id": GLOBEX.id }), "r");
    expect(findMembership).toHaveBeenLastCalledWith(USER.id, { id: GLOBEX.id });
  });

  it("answers 404, never 403, for an organization the user is not a member of", async () => {
    expect((await failure({ "x-organization-slug": "initech" })).code).toBe("not_found");
    expect((await failure({ "x-organization-id": GLOBEX.id })).code).toBe("not_found");
  });

  it("does not query with an organization id that is not a UUID", async () => {
    expect((await failure({ "x-organization-id": "1 OR 1=1" })).code).toBe("not_found");
    expect(findMembership).not.toHaveBeenCalled();
  });

  it("rejects both organization headers at once", async () => {
    expect((await failure({ "x-organization-slug": "acme", "x-organization-id": ACME.id })).code).toBe("bad_request");
  });

  it("answers 401 without a session", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(null);
    expect((await failure({})).code).toBe("unauthenticated");
  });
});

describe("resolveCaller with an Authorization header", () => {
  it("rejects every bearer token until token kinds exist, without falling back to the session", async () => {
    expect(await failure({ authorization: "Bearer ciq_live_abc" })).toEqual({ code: "unauthenticated", message: "Invalid or expired token" });
    expect(getCurrentUser).not.toHaveBeenCalled();
  });

  it("rejects other schemes", async () => {
    expect((await failure({ authorization: "Basic YTpi" })).code).toBe("unauthenticated");
  });
});
