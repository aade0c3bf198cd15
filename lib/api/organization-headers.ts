/** Session callers choose their organization with one of these headers; tokens carry their own. */
export const ORGANIZATION_SLUG_HEADER = "x-organization-slug";
export const ORGANIZATION_ID_HEADER = "x-organization-id";
