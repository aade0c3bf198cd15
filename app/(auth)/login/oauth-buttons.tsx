"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { KeyRound, Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { OAuthProviderInfo } from "@/lib/auth/oauth/providers";

/** One button per configured provider; none at all when no provider is configured. */
export function OAuthButtons({ providers, callbackUrl }: { providers: OAuthProviderInfo[]; callbackUrl: string }) {
  const [pending, setPending] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="grid gap-3">
      <div className="flex items-center gap-3 text-xs text-muted-foreground">
        <span className="h-px flex-1 bg-border" />
        or
        <span className="h-px flex-1 bg-border" />
      </div>
      {providers.map((provider) => (
        <Button
          key={provider.id}
          variant="outline"
          className="w-full"
          disabled={pending !== null}
          onClick={() => {
            setPending(provider.id);
            void signIn(provider.id, { callbackUrl });
          }}
        >
          {pending === provider.id ? <Loader2 aria-hidden className="animate-spin" /> : <KeyRound aria-hidden />}
          Continue with {provider.name}
        </Button>
      ))}
    </div>
  );
}
