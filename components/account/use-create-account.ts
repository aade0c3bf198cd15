"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * The forms that create an account (registration, joining by invitation): they show the server's
 * refusal, or sign in with the new credentials and open the organization. When that sign-in fails
 * the account exists anyway, so the login page takes over (`loginUrl`).
 */
export function useCreateAccount(loginUrl: (slug: string) => string) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function createAndSignIn<T extends { slug: string }>(
    create: () => Promise<ActionResult<T>>,
    credentials: (data: T) => { email: string; password: string },
  ) {
    setPending(true);
    setErrors({});
    setMessage(null);
    const result = await create().catch(() => null);
    if (!result?.ok) {
      setErrors(result?.fieldErrors ?? {});
      setMessage(result ? result.message : "We could not create the account right now. Try again in a moment.");
      setPending(false);
      return;
    }
    const signedIn = await signIn<"credentials">("credentials", { ...credentials(result.data), redirect: false });
    router.push(signedIn?.ok && !signedIn.error ? `/${result.data.slug}` : loginUrl(result.data.slug));
    router.refresh();
  }

  // The alert repeats nothing a field already says.
  const alert = message && Object.keys(errors).length === 0 ? message : null;
  return { errors, setErrors, setMessage, alert, pending, createAndSignIn };
}
