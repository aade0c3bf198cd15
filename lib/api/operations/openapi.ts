import { z } from "zod";
import { defineOperation } from "../define-operation";

export const getOpenApiDocumentOperation = defineOperation({
  operationId: "getOpenApiDocument",
  method: "GET",
  path: "/openapi.json",
  summary: "The OpenAPI 3.1 document of this API",
  tags: ["Meta"],
  auth: "public",
  response: z.record(z.string(), z.unknown()).meta({ description: "An OpenAPI 3.1 document" }),
});
