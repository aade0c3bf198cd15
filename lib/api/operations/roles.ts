import { CreateRoleInput, RoleIdParams, RoleSchema, UpdateRoleInput } from "@/lib/roles/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

export const listRolesOperation = defineOperation({
  operationId: "listRoles",
  method: "GET",
  path: "/roles",
  summary: "The organization's roles: the four built-in ones (permissions fixed in code) and custom ones",
  tags: ["Roles"],
  auth: "required",
  permission: "users:read",
  query: PaginationQuery,
  response: pageOf(RoleSchema),
});

export const createRoleOperation = defineOperation({
  operationId: "createRole",
  method: "POST",
  path: "/roles",
  summary: "Create a custom role from a set of permissions (managing roles needs users:update)",
  description: "The permissions must be a subset of the caller's own.",
  tags: ["Roles"],
  auth: "required",
  permission: "users:update",
  body: CreateRoleInput,
  response: RoleSchema,
  successStatus: 201,
});

export const getRoleOperation = defineOperation({
  operationId: "getRole",
  method: "GET",
  path: "/roles/{roleId}",
  summary: "One role with its permissions and how many members hold it",
  tags: ["Roles"],
  auth: "required",
  permission: "users:read",
  params: RoleIdParams,
  response: RoleSchema,
});

export const updateRoleOperation = defineOperation({
  operationId: "updateRole",
  method: "PUT",
  path: "/roles/{roleId}",
  summary: "Rename a custom role or change its permissions (managing roles needs users:update; built-in roles are read-only)",
  description: "The caller must hold every permission the role has before and after the change.",
  tags: ["Roles"],
  auth: "required",
  permission: "users:update",
  params: RoleIdParams,
  body: UpdateRoleInput,
  response: RoleSchema,
});

export const deleteRoleOperation = defineOperation({
  operationId: "deleteRole",
  method: "DELETE",
  path: "/roles/{roleId}",
  summary: "Delete a custom role nobody holds and no pending invitation offers (managing roles needs users:update)",
  tags: ["Roles"],
  auth: "required",
  permission: "users:update",
  params: RoleIdParams,
});

export const roleOperations: readonly ApiOperation[] = [
  listRolesOperation,
  createRoleOperation,
  getRoleOperation,
  updateRoleOperation,
  deleteRoleOperation,
];
