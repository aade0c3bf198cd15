import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getOpenApiDocumentOperation } from "@/lib/api/operations/openapi";
import { withApi } from "@/lib/api/with-api";

// The operations are fixed for the life of the process, so the document is built once.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = withApi(getOpenApiDocumentOperation, () => (document ??= buildOpenApiDocument()));
