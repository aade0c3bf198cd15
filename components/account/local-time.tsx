"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * A time in the reader's time zone and locale. The server does not know either, so it renders UTC
 * and the browser replaces it after hydration (no mismatch: the server snapshot is used first).
 */
export function LocalTime({ iso, timeOnly = false }: { iso: string; timeOnly?: boolean }) {
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions = timeOnly ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" };
  const text = useSyncExternalStore(
    subscribeNever,
    () => new Intl.DateTimeFormat(undefined, options).format(date),
    () => `${new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(date)} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
