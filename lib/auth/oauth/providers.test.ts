import { afterEach, describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { enabledOAuthProviders, oauthProviders } from "./providers";

vi.mock("@/lib/env", () => ({ env: vi.fn() }));

const base = { OIDC_NAME: "Single sign-on" } as ReturnType<typeof env>;

afterEach(() => vi.mocked(env).mockReset());

describe("OAuth providers", () => {
  it("enables none without environment variables", () => {
    vi.mocked(env).mockReturnValue(base);
    expect(enabledOAuthProviders()).toEqual([]);
    expect(oauthProviders()).toEqual([]);
  });

  it("enables each provider only when all of its variables are set", () => {
    vi.mocked(env).mockReturnValue({
      ...base,
      GOOGLE_CLIENT_ID: "g-id",
      GOOGLE_CLIENT_SECRET: "g-secret",
      GITHUB_CLIENT_ID: "gh-id",
      OIDC_ISSUER: "https://login.example.test/",
      OIDC_CLIENT_ID: "o-id",
      OIDC_CLIENT_SECRET: "o-secret",
      OIDC_NAME: "Acme SSO",
    });
    expect(enabledOAuthProviders()).toEqual([
      { id: "google", name: "Google" },
      { id: "oidc", name: "Acme SSO" },
    ]);
    const oidc = oauthProviders().find((p) => p.id === "oidc") as { wellKnown?: string; checks?: string[] };
    expect(oidc.wellKnown).toBe("https://login.example.test/.well-known/openid-configuration");
    expect(oidc.checks).toEqual(["pkce", "state"]);
  });
});
