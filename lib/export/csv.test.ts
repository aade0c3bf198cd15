import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvDownloadHeaders, csvFileName, csvRow, csvStream, neutralizeFormula, toCsv } from "./csv";

/** Keeps the BOM: a default TextDecoder (and Response.text) strips it. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("csvCell", () => {
  it("leaves plain text alone and quotes fields holding a comma, quote or line break, doubling quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("cr\rlf")).toBe('"cr\rlf"');
  });

  it("writes empty cells for null and undefined, ISO dates, and numbers as they are", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2026-03-04T05:06:07.089Z"))).toBe("2026-03-04T05:06:07.089Z");
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(12n)).toBe("12");
    expect(csvCell(true)).toBe("true");
  });

  it.each([
    ["=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
  ])("neutralises the formula %j", (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it("neutralises before quoting, so a quoted formula is still text", () => {
    expect(csvCell('=cmd|" /C calc"!A0')).toBe(`"'=cmd|"" /C calc""!A0"`);
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("does not touch a formula character that is not the first one", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("user@example.com")).toBe("user@example.com");
  });
});

describe("csv documents", () => {
  it("terminates every record with CRLF and starts the document with a BOM and the header", () => {
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
    const text = toCsv(["name", "note"], [["x", "y,z"], ["=1", ""]]);
    expect(text).toBe(`${CSV_BOM}name,note\r\nx,"y,z"\r\n'=1,\r\n`);
  });

  it("streams batches as they are pulled and encodes UTF-8 with the BOM bytes first", async () => {
    const pulled: number[] = [];
    async function* batches() {
      for (let i = 0; i < 3; i++) {
        pulled.push(i);
        yield [[`row ${i}`, "é"]];
      }
      yield [];
    }
    const stream = csvStream(["col", "accent"], batches());
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(`${CSV_BOM}col,accent\r\nrow 0,é\r\nrow 1,é\r\nrow 2,é\r\n`);
    expect(pulled).toEqual([0, 1, 2]);
  });

  it("stops the producer when the reader cancels", async () => {
    let finished = false;
    async function* endless() {
      try {
        for (let i = 0; ; i++) yield [[i]];
      } finally {
        finished = true;
      }
    }
    const reader = csvStream(["n"], endless()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });

  it("reads back a header-only stream when there are no rows", async () => {
    async function* none() {}
    expect(await readAll(csvStream(["a", "b"], none()))).toBe(`${CSV_BOM}a,b\r\n`);
  });

  it("names files safely and sets download headers", () => {
    expect(csvFileName("Audit Log", "Acme Corp", "2026-01-02")).toBe("audit-log-acme-corp-2026-01-02.csv");
    expect(csvFileName('"; rm -rf /')).toBe("rm-rf.csv");
    expect(csvFileName("")).toBe("export.csv");
    expect(csvDownloadHeaders("a.csv")).toMatchObject({
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="a.csv"',
    });
  });
});
