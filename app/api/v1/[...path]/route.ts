import { problemResponse } from "@/lib/api/problem";
import { requestIdFor } from "@/lib/api/request-id";
import { AppError } from "@/lib/errors";

// Only paths that match no route file land here. A known path with a method its route file does
// not export never does: Next.js answers that itself with an empty-bodied 405.
function noRoute(request: Request): Response {
  const { pathname } = new URL(request.url);
  return problemResponse(new AppError("not_found", `No route ${request.method} ${pathname}`), requestIdFor(request));
}

export const GET = noRoute;
export const POST = noRoute;
export const PUT = noRoute;
export const PATCH = noRoute;
export const DELETE = noRoute;
export const OPTIONS = noRoute;
