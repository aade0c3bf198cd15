import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "./read-body";

const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/v1/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe("readJsonBody", () => {
  it("parses JSON, including +json types with parameters", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post("[1]", { "content-type": "application/merge-patch+json; charset=utf-8" }))).toEqual([1]);
  });

  it("returns undefined when there is no body", async () => {
    expect(await readJsonBody(post(null, {}))).toBeUndefined();
    expect(await readJsonBody(post(""))).toBeUndefined();
  });

  it("rejects a body that is not JSON with 415", async () => {
    expect(await codeOf(readJsonBody(post("a=1", { "content-type": "application/x-www-form-urlencoded" })))).toBe(
      "unsupported_media_type",
    );
    expect(await codeOf(readJsonBody(post("{}", {})))).toBe("unsupported_media_type");
  });

  it("rejects malformed JSON with a clear 400", async () => {
    const error = await readJsonBody(post('{"a":')).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "bad_request", status: 400 });
    expect((error as AppError).message).toMatch(/^Malformed JSON body: /);
  });

  it("rejects a declared Content-Length over the limit before reading", async () => {
    const request = post('{"a":1}', { "content-type": "application/json", "content-length": "2000" });
    expect(await codeOf(readJsonBody(request, 1000))).toBe("payload_too_large");
    expect(request.bodyUsed).toBe(false);
  });

  it("counts streamed bytes when Content-Length is absent", async () => {
    const request = post(streamOf(['{"a":"', "x".repeat(600), "x".repeat(600), '"}']));
    expect(request.headers.get("content-length")).toBeNull();
    expect(await codeOf(readJsonBody(request, 1000))).toBe("payload_too_large");
  });

  it("accepts a body exactly at the limit", async () => {
    const json = JSON.stringify({ a: "x".repeat(92) });
    expect(json.length).toBe(100);
    expect(await readJsonBody(post(json), 100)).toEqual({ a: "x".repeat(92) });
  });

  it("rejects invalid UTF-8 with 400", async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    expect(await codeOf(readJsonBody(post(bytes)))).toBe("bad_request");
  });
});
