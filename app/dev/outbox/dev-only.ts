import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";

/** The outbox holds live sign-in links: it exists only outside production, and is never prerendered. */
export async function devOnly(): Promise<void> {
  await connection();
  if (env().NODE_ENV === "production") notFound();
}
