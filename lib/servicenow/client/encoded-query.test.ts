import { describe, expect, it } from "vitest";
import { and, formatGlideDateTime, orderBy, updatedSince, withStableOrder } from "./encoded-query";

describe("encoded query builders", () => {
  it("formats instants as UTC glide_date_time, dropping sub-seconds", () => {
    expect(formatGlideDateTime(new Date("2024-03-05T07:08:09.999Z"))).toBe("2024-03-05 07:08:09");
    expect(formatGlideDateTime(new Date("2024-03-05T23:30:00+05:00"))).toBe("2024-03-05 18:30:00");
    expect(() => formatGlideDateTime(new Date("nope"))).toThrow(TypeError);
  });

  it("builds the incremental condition as a plain UTC literal", () => {
    expect(updatedSince(new Date("2024-01-01T00:00:00Z"))).toBe("sys_updated_on>=2024-01-01 00:00:00");
  });

  it("appends ORDERBYsys_id after the caller's query and sort", () => {
    const since = updatedSince(new Date("2024-01-01T00:00:00Z"));
    expect(withStableOrder(undefined)).toBe("ORDERBYsys_id");
    expect(withStableOrder(since)).toBe("sys_updated_on>=2024-01-01 00:00:00^ORDERBYsys_id");
    expect(withStableOrder(and(since, orderBy("sys_updated_on")))).toBe(
      "sys_updated_on>=2024-01-01 00:00:00^ORDERBYsys_updated_on^ORDERBYsys_id",
    );
    expect(withStableOrder(orderBy("sys_id"))).toBe("ORDERBYsys_id");
  });

  it("refuses field names that could smuggle in another condition", () => {
    for (const bad of ["sys_id^ORactive=true", "name=x", "", "Name", "a..b", "x,y"]) {
      expect(() => orderBy(bad)).toThrow(TypeError);
    }
    expect(orderBy("profile.name")).toBe("ORDERBYprofile.name");
  });
});
