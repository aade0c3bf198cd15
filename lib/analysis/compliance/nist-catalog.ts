// The built-in NIST SP 800-53 Rev. 5 catalog (catalogs/README.md says where it comes from),
// validated and indexed once per process: every compliance run reads the same object.
import { z } from "zod";
import raw from "@/lib/analysis/compliance/catalogs/nist-800-53r5.json";

export const NIST_FRAMEWORK_ID = "nist-800-53r5";

export const NIST_BASELINES = ["LOW", "MODERATE", "HIGH", "PRIVACY"] as const;
export type NistBaseline = (typeof NIST_BASELINES)[number];

const catalogSchema = z.object({
  framework: z.string(),
  source: z.string(),
  controls: z.array(
    z.object({
      id: z.string().min(1),
      family: z.string().min(1),
      familyId: z.string().min(1),
      title: z.string(),
      statement: z.string(),
      enhancement: z.boolean(),
      baselines: z.array(z.enum(NIST_BASELINES)),
    }),
  ),
});

export type NistControl = z.infer<typeof catalogSchema>["controls"][number];

export interface NistCatalog {
  id: typeof NIST_FRAMEWORK_ID;
  name: string;
  source: string;
  /** In catalog order: AC-01, AC-02, AC-02(01), ... */
  controls: NistControl[];
  /** Families in order of first appearance, with their control counts. */
  families: { id: string; name: string; controls: number }[];
  byId: ReadonlyMap<string, NistControl>;
}

let cached: NistCatalog | null = null;

export function nistCatalog(): NistCatalog {
  if (cached) return cached;
  const parsed = catalogSchema.parse(raw);
  const families = new Map<string, { id: string; name: string; controls: number }>();
  for (const c of parsed.controls) {
    const family = families.get(c.familyId);
    if (family) family.controls++;
    else families.set(c.familyId, { id: c.familyId, name: c.family, controls: 1 });
  }
  cached = {
    id: NIST_FRAMEWORK_ID,
    name: parsed.framework,
    source: parsed.source,
    controls: parsed.controls,
    families: [...families.values()],
    byId: new Map(parsed.controls.map((c) => [c.id, c])),
  };
  return cached;
}

const baselines = new WeakMap<NistCatalog, Map<NistBaseline, NistControl[]>>();

/** The catalog's controls in a baseline ("all" keeps every control); the same array on every call. */
export function nistControlsIn(catalog: NistCatalog, baseline: NistBaseline | "all"): NistControl[] {
  if (baseline === "all") return catalog.controls;
  let subsets = baselines.get(catalog);
  if (!subsets) baselines.set(catalog, (subsets = new Map()));
  let subset = subsets.get(baseline);
  if (!subset) subsets.set(baseline, (subset = catalog.controls.filter((c) => c.baselines.includes(baseline))));
  return subset;
}
