/**
 * Domain errors with stable snake_case codes. Use cases throw these; the REST wrapper turns them
 * into problem+json and server actions into form errors, so callers never see a bare 500 for a
 * mistake of their own.
 */
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  invalid_cursor: 400,
  invalid_token: 400,
  unauthenticated: 401,
  forbidden: 403,
  email_not_verified: 403,
  mfa_enrollment_required: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  account_locked: 423,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors?: FieldIssue[];
  readonly headers?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { errors?: FieldIssue[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = errorStatus[code];
    this.errors = options.errors;
    this.headers = options.headers;
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "You do not have permission to do this") =>
  new AppError("forbidden", message);
