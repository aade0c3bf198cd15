// Exponential backoff with full jitter: 1 s, 2 s, 4 s ... capped at 5 minutes.
const BASE_MS = 1000;
const CAP_MS = 5 * 60_000;

export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
