import { describe, expect, it } from "vitest";
import { nistCatalog, nistControlsIn } from "@/lib/analysis/compliance/nist-catalog";

describe("nistCatalog", () => {
  it("loads the baseline-selected controls of NIST SP 800-53 Rev. 5", () => {
    const catalog = nistCatalog();
    expect(catalog.name).toBe("NIST SP 800-53 Rev. 5");
    expect(catalog.controls).toHaveLength(424);
    expect(catalog.controls.filter((c) => c.enhancement)).toHaveLength(201);
    expect(catalog.families).toHaveLength(20);
    expect(catalog.families.find((f) => f.id === "AC")).toEqual({ id: "AC", name: "Access Control", controls: 47 });
    expect(catalog.families.reduce((sum, f) => sum + f.controls, 0)).toBe(424);
    expect(catalog.byId.get("AC-02")?.title).toBe("Account Management");
  });

  it("is built once per process", () => {
    expect(nistCatalog()).toBe(nistCatalog());
  });

  it("filters by baseline", () => {
    const catalog = nistCatalog();
    // 104 + 45 controls carry LOW (LOW-MODERATE-HIGH and LOW-MODERATE-HIGH-PRIVACY).
    expect(nistControlsIn(catalog, "LOW")).toHaveLength(149);
    expect(nistControlsIn(catalog, "all")).toBe(catalog.controls);
  });
});
