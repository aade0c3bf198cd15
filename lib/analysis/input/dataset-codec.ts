import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import type { AnalysisDataset } from "../dataset/types";

// A frozen dataset is gzip'd JSON lines: a first line with the scalar fields and how many items
// each list holds, then one line per item, list after list. One JSON document would be a single
// string, and V8 caps strings at about 537 million characters, which a million-test dataset
// approaches; lines keep every string small. Level 3 is most of level 9's ratio at a fraction of
// its time.

type ListKey = { [K in keyof AnalysisDataset]: AnalysisDataset[K] extends unknown[] ? K : never }[keyof AnalysisDataset];
type Header = Omit<AnalysisDataset, ListKey> & { lists: Partial<Record<ListKey, number>> };

/** Items per joined chunk: enough to keep the number of buffers small, small enough to stay far from the string cap. */
const CHUNK = 10_000;

export function encodeDataset(dataset: AnalysisDataset): { payload: Buffer<ArrayBuffer>; sha256: string } {
  const header: Record<string, unknown> = {};
  const lists: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(dataset)) {
    if (Array.isArray(value)) lists.push([key, value]);
    else header[key] = value;
  }
  header.lists = Object.fromEntries(lists.map(([key, items]) => [key, items.length]));
  const parts: Buffer[] = [Buffer.from(`${JSON.stringify(header)}\n`)];
  for (const [, items] of lists) {
    for (let start = 0; start < items.length; start += CHUNK) {
      const lines = items.slice(start, start + CHUNK).map((item) => JSON.stringify(item));
      parts.push(Buffer.from(`${lines.join("\n")}\n`));
    }
  }
  const payload = gzipSync(Buffer.concat(parts), { level: 3 });
  return { payload, sha256: createHash("sha256").update(payload).digest("hex") };
}

export function decodeDataset(payload: Uint8Array, sha256: string): AnalysisDataset {
  const actual = createHash("sha256").update(payload).digest("hex");
  if (actual !== sha256) throw new Error("The stored analysis input does not match its checksum");
  const text = gunzipSync(payload);
  let position = 0;
  const nextLine = (): unknown => {
    const end = text.indexOf(10, position);
    if (end < 0) throw new Error("The stored analysis input is cut short");
    const line = JSON.parse(text.toString("utf8", position, end)) as unknown;
    position = end + 1;
    return line;
  };
  const { lists, ...scalars } = nextLine() as Header;
  const dataset: Record<string, unknown> = { ...scalars };
  for (const [key, count] of Object.entries(lists)) {
    const items = new Array<unknown>(count ?? 0);
    for (let i = 0; i < items.length; i++) items[i] = nextLine();
    dataset[key] = items;
  }
  return dataset as unknown as AnalysisDataset;
}

export function datasetCounts(dataset: AnalysisDataset): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(dataset)) if (Array.isArray(value)) counts[key] = value.length;
  return counts;
}
