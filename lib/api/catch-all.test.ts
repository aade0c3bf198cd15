import { describe, expect, it } from "vitest";
import * as catchAll from "@/app/api/v1/[...path]/route";

describe("the /api/v1 catch-all", () => {
  it("answers every method with a problem+json 404 naming the route", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const) {
      const request = new Request("http://localhost/api/v1/whatever/else?x=1", {
        method,
        headers: { "x-request-id": "req-404" },
      });
      const response = catchAll[method](request);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("x-request-id")).toBe("req-404");
      expect(await response.json()).toMatchObject({
        code: "not_found",
        detail: `No route ${method} /api/v1/whatever/else`,
        requestId: "req-404",
      });
    }
  });
});
