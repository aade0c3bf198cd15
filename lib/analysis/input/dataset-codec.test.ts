import { describe, expect, it } from "vitest";
import { generatedAnalysisDataset } from "../testing/generated-dataset";
import { datasetCounts, decodeDataset, encodeDataset } from "./dataset-codec";

describe("the frozen dataset codec", () => {
  const { dataset } = generatedAnalysisDataset({ seed: 5, size: "small" });

  it("gives back exactly the dataset it froze, lists and scalars alike", () => {
    const { payload, sha256 } = encodeDataset(dataset);
    expect(decodeDataset(payload, sha256)).toEqual(dataset);
    expect(datasetCounts(decodeDataset(payload, sha256))).toEqual(datasetCounts(dataset));
    // Deterministic: the same data freezes to the same bytes, so its checksum identifies it.
    expect(encodeDataset(dataset).sha256).toBe(sha256);
  });

  it("keeps empty lists and refuses a payload that does not match its checksum", () => {
    const empty = { ...dataset, controls: [], controlTests: [] };
    const { payload, sha256 } = encodeDataset(empty);
    expect(decodeDataset(payload, sha256)).toEqual(empty);
    const tampered = Buffer.from(payload);
    const at = tampered.length - 10;
    tampered.writeUInt8(tampered.readUInt8(at) ^ 0xff, at);
    expect(() => decodeDataset(tampered, sha256)).toThrow(/does not match its checksum/);
  });
});
