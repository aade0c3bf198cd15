import { AppError } from "@/lib/errors";

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

// application/json, application/merge-patch+json, ... with optional parameters such as charset.
const JSON_CONTENT_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/**
 * The request's JSON body, or undefined when there is none (the body schema then decides whether
 * that is allowed). Bytes are counted as they stream in, because Content-Length may be absent
 * (chunked uploads) or wrong.
 */
export async function readJsonBody(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  if (!request.body || request.headers.get("content-length") === "0") return undefined;
  const contentType = request.headers.get("content-type") ?? "";
  if (!JSON_CONTENT_TYPE.test(contentType)) {
    throw new AppError("unsupported_media_type", "Send the request body as application/json");
  }
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw tooLarge(limit);
  const text = await readText(request.body, limit);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("bad_request", `Malformed JSON body: ${(error as Error).message}`);
  }
}

async function readText(body: ReadableStream<Uint8Array>, limit: number): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let received = 0;
  let text = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      received += value.byteLength;
      if (received > limit) {
        await reader.cancel();
        throw tooLarge(limit);
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_request", "The request body is not valid UTF-8 or could not be read");
  }
}

function tooLarge(limit: number): AppError {
  return new AppError("payload_too_large", `The request body exceeds the limit of ${limit} bytes`);
}
