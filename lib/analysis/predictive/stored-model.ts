// Checks a model that comes back from storage before it scores anything: it must be this engine's
// format, over the same features in the same order, with every number finite.
import { z } from "zod";
import { FEATURE_COUNT, FEATURE_NAMES } from "./features";
import { MODEL_FORMAT, type PredictiveModel } from "./model";

const nullableNumber = z.number().nullable();
const perFeature = (item: z.ZodNumber) => z.array(item).length(FEATURE_COUNT);

const storedModelSchema: z.ZodType<PredictiveModel> = z.object({
  format: z.literal(MODEL_FORMAT),
  featureNames: z.array(z.string()),
  means: perFeature(z.number()),
  scales: perFeature(z.number().positive()),
  coefficients: perFeature(z.number()),
  intercept: z.number(),
  l2: z.number().nonnegative(),
  smoothing: z.object({ priorRate: z.number().min(0).max(1), weight: z.number().nonnegative() }),
  trainedAt: z.number(),
  trainedOnSyncRunId: z.string(),
  samples: z.object({ tests: z.number(), failures: z.number() }),
  iterations: z.number(),
  converged: z.boolean(),
  metrics: z.object({
    auc: nullableNumber,
    brier: nullableNumber,
    ece: nullableNumber,
    baseline: z.object({ auc: nullableNumber, brier: nullableNumber, ece: nullableNumber }),
    calibration: z.array(z.object({ from: z.number(), to: z.number(), count: z.number(), meanPredicted: nullableNumber, observedRate: nullableNumber })),
    trainingTests: z.number(),
    validationTests: z.number(),
    validationFailures: z.number(),
    cutAt: nullableNumber,
    validationShare: z.number(),
  }),
});

/** The reason a stored model cannot score this engine's features, or null when it can. */
export function incompatibilityReason(model: unknown): string | null {
  const format = typeof model === "object" && model !== null && "format" in model ? model.format : undefined;
  if (format !== MODEL_FORMAT) return `the stored model has format ${String(format)}, not ${MODEL_FORMAT}`;
  const parsed = storedModelSchema.safeParse(model);
  if (!parsed.success) return "the stored model is incomplete or damaged";
  const names = parsed.data.featureNames;
  if (names.length !== FEATURE_COUNT || names.some((name, j) => name !== FEATURE_NAMES[j])) return "the stored model uses different features";
  return null;
}
