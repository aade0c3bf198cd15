import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sn } from "./fields";

const ID = "0123456789abcdef0123456789abcdef";

function parse(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, message: result.error.issues[0]?.message };
}

describe("ServiceNow field parsers", () => {
  it("reads empty strings and missing fields as null, and requires what is required", () => {
    for (const schema of [sn.text, sn.choice, sn.reference, sn.dateTime, sn.boolean, sn.number]) {
      expect(parse(schema, "")).toEqual({ ok: true, value: null });
      expect(parse(schema, undefined)).toEqual({ ok: true, value: null });
    }
    expect(parse(sn.requiredReference, "")).toEqual({ ok: false, message: "is required but empty" });
    expect(parse(sn.requiredDateTime, undefined)).toEqual({ ok: false, message: "is required but empty" });
  });

  it("reduces a reference to its sys_id in every shape the API uses", () => {
    expect(parse(sn.reference, ID)).toEqual({ ok: true, value: ID });
    expect(parse(sn.reference, { link: `https://x.service-now.com/api/now/table/sys_user/${ID}`, value: ID })).toEqual({ ok: true, value: ID });
    expect(parse(sn.reference, { display_value: "Fred", value: ID.toUpperCase() })).toEqual({ ok: true, value: ID });
    expect(parse(sn.reference, { link: "x", value: "" })).toEqual({ ok: true, value: null });
    expect(parse(sn.reference, "Fred Johnson")).toMatchObject({ ok: false, message: expect.stringContaining('"Fred Johnson"') });
  });

  it("parses raw datetimes and dates as UTC and rejects anything else", () => {
    expect(parse(sn.dateTime, "2016-01-19 04:52:04")).toEqual({ ok: true, value: new Date("2016-01-19T04:52:04Z") });
    expect(parse(sn.dateTime, "2024-02-29")).toEqual({ ok: true, value: new Date("2024-02-29T00:00:00Z") });
    for (const bad of ["2023-02-29", "2024-01-01 24:00:00", "2024-01-01T00:00:00Z", "01/19/2016 04:52:04", "2024-01-01 00:60:00"]) {
      expect(parse(sn.dateTime, bad)).toMatchObject({ ok: false, message: expect.stringContaining("UTC date-time") });
    }
  });

  it("parses booleans and numbers from their string forms", () => {
    expect(parse(sn.boolean, "true")).toEqual({ ok: true, value: true });
    expect(parse(sn.boolean, "false")).toEqual({ ok: true, value: false });
    expect(parse(sn.boolean, "yes")).toMatchObject({ ok: false, message: 'expected "true" or "false", got "yes"' });
    expect(parse(sn.number, "4")).toEqual({ ok: true, value: 4 });
    expect(parse(sn.number, "-804162.7143")).toEqual({ ok: true, value: -804162.7143 });
    for (const bad of ["1,234", "12abc", "NaN", "1e3"]) expect(parse(sn.number, bad)).toMatchObject({ ok: false });
  });

  it("keeps choice values as stored codes and shortens long values in messages", () => {
    expect(parse(sn.choice, "non_compliant")).toEqual({ ok: true, value: "non_compliant" });
    expect(parse(sn.choice, "3")).toEqual({ ok: true, value: "3" });
    const long = parse(sn.number, "9".repeat(100) + "x");
    expect(long.message!.length).toBeLessThan(100);
  });
});
