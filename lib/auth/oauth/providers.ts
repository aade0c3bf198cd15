import type { Provider } from "next-auth/providers/index";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { env } from "@/lib/env";

export type OAuthProviderId = "google" | "github" | "oidc";

export interface OAuthProviderInfo {
  id: OAuthProviderId;
  name: string;
}

/** The providers whose environment variables are all set; the login page shows a button for each. */
export function enabledOAuthProviders(): OAuthProviderInfo[] {
  const e = env();
  const list: OAuthProviderInfo[] = [];
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) list.push({ id: "google", name: "Google" });
  if (e.GITHUB_CLIENT_ID && e.GITHUB_CLIENT_SECRET) list.push({ id: "github", name: "GitHub" });
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) list.push({ id: "oidc", name: e.OIDC_NAME });
  return list;
}

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

/** The next-auth providers for the enabled OAuth sign-ins. */
export function oauthProviders(): Provider[] {
  const e = env();
  const enabled = new Set(enabledOAuthProviders().map((p) => p.id));
  const providers: Provider[] = [];
  if (enabled.has("google")) {
    providers.push(Google({ clientId: e.GOOGLE_CLIENT_ID!, clientSecret: e.GOOGLE_CLIENT_SECRET! }));
  }
  if (enabled.has("github")) {
    providers.push(
      GitHub({
        clientId: e.GITHUB_CLIENT_ID!,
        clientSecret: e.GITHUB_CLIENT_SECRET!,
        // GitHub's profile email may be missing or unverified: ask for the verified primary one, and
        // say whether it is verified, so only a verified address can link to an existing account.
        userinfo: {
          url: "https://api.github.com/user",
          async request({ client, tokens }) {
            const profile = await client.userinfo(tokens.access_token!);
            const response = await fetch("https://api.github.com/user/emails", {
              headers: { Authorization: `token ${tokens.access_token}`, Accept: "application/vnd.github+json" },
            });
            const emails: GitHubEmail[] = response.ok ? await response.json() : [];
            const chosen = emails.find((m) => m.primary && m.verified) ?? emails.find((m) => m.verified);
            return { ...profile, email: chosen?.email, email_verified: Boolean(chosen) };
          },
        },
      }),
    );
  }
  if (enabled.has("oidc")) {
    const issuer = e.OIDC_ISSUER!.replace(/\/+$/, "");
    providers.push({
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      clientId: e.OIDC_CLIENT_ID!,
      clientSecret: e.OIDC_CLIENT_SECRET!,
      profile(profile: { sub: string; name?: string; preferred_username?: string; email?: string }) {
        return { id: profile.sub, name: profile.name ?? profile.preferred_username ?? null, email: profile.email ?? null };
      },
    });
  }
  return providers;
}
