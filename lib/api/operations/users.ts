import { AssignRoleInput, MemberSchema, UserIdParams, UserRoleParams } from "@/lib/members/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

export const listUsersOperation = defineOperation({
  operationId: "listUsers",
  method: "GET",
  path: "/users",
  summary: "Members of the caller's organization with their roles and teams, in the order they joined",
  tags: ["Users"],
  auth: "required",
  permission: "users:read",
  query: PaginationQuery,
  response: pageOf(MemberSchema),
});

export const getUserOperation = defineOperation({
  operationId: "getUser",
  method: "GET",
  path: "/users/{userId}",
  summary: "One member of the caller's organization (404 for anyone else)",
  tags: ["Users"],
  auth: "required",
  permission: "users:read",
  params: UserIdParams,
  response: MemberSchema,
});

export const removeUserOperation = defineOperation({
  operationId: "removeUser",
  method: "DELETE",
  path: "/users/{userId}",
  summary: "Remove a member from the organization (the account stays; the last Organization Admin cannot be removed)",
  description: "The caller must hold every permission the member has.",
  tags: ["Users"],
  auth: "required",
  permission: "users:delete",
  params: UserIdParams,
});

export const assignUserRoleOperation = defineOperation({
  operationId: "assignUserRole",
  method: "POST",
  path: "/users/{userId}/roles",
  summary: "Give a member a role; their permissions become the union of their roles",
  description: "The caller must hold every permission of the role. Assigning a role the member already holds changes nothing.",
  tags: ["Users"],
  auth: "required",
  permission: "users:update",
  params: UserIdParams,
  body: AssignRoleInput,
  response: MemberSchema,
});

export const unassignUserRoleOperation = defineOperation({
  operationId: "unassignUserRole",
  method: "DELETE",
  path: "/users/{userId}/roles/{roleId}",
  summary: "Take a role away from a member (a member keeps at least one role; the last Organization Admin keeps theirs)",
  tags: ["Users"],
  auth: "required",
  permission: "users:update",
  params: UserRoleParams,
  response: MemberSchema,
});

export const userOperations: readonly ApiOperation[] = [
  listUsersOperation,
  getUserOperation,
  removeUserOperation,
  assignUserRoleOperation,
  unassignUserRoleOperation,
];
