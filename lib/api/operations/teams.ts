import { AddTeamMemberInput, CreateTeamInput, TeamIdParams, TeamMemberParams, TeamSchema, UpdateTeamInput } from "@/lib/teams/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

export const listTeamsOperation = defineOperation({
  operationId: "listTeams",
  method: "GET",
  path: "/teams",
  summary: "The organization's teams with their members",
  tags: ["Teams"],
  auth: "required",
  permission: "users:read",
  query: PaginationQuery,
  response: pageOf(TeamSchema),
});

export const createTeamOperation = defineOperation({
  operationId: "createTeam",
  method: "POST",
  path: "/teams",
  summary: "Create a team, optionally with members",
  tags: ["Teams"],
  auth: "required",
  permission: "users:update",
  body: CreateTeamInput,
  response: TeamSchema,
  successStatus: 201,
});

export const getTeamOperation = defineOperation({
  operationId: "getTeam",
  method: "GET",
  path: "/teams/{teamId}",
  summary: "One team with its members",
  tags: ["Teams"],
  auth: "required",
  permission: "users:read",
  params: TeamIdParams,
  response: TeamSchema,
});

export const updateTeamOperation = defineOperation({
  operationId: "updateTeam",
  method: "PUT",
  path: "/teams/{teamId}",
  summary: "Rename a team, change its description, or replace its members with `memberIds`",
  tags: ["Teams"],
  auth: "required",
  permission: "users:update",
  params: TeamIdParams,
  body: UpdateTeamInput,
  response: TeamSchema,
});

export const deleteTeamOperation = defineOperation({
  operationId: "deleteTeam",
  method: "DELETE",
  path: "/teams/{teamId}",
  summary: "Delete a team (its members stay in the organization)",
  tags: ["Teams"],
  auth: "required",
  permission: "users:update",
  params: TeamIdParams,
});

export const addTeamMemberOperation = defineOperation({
  operationId: "addTeamMember",
  method: "POST",
  path: "/teams/{teamId}/members",
  summary: "Add a member of the organization to a team",
  tags: ["Teams"],
  auth: "required",
  permission: "users:update",
  params: TeamIdParams,
  body: AddTeamMemberInput,
  response: TeamSchema,
});

export const removeTeamMemberOperation = defineOperation({
  operationId: "removeTeamMember",
  method: "DELETE",
  path: "/teams/{teamId}/members/{userId}",
  summary: "Take a member out of a team",
  tags: ["Teams"],
  auth: "required",
  permission: "users:update",
  params: TeamMemberParams,
  response: TeamSchema,
});

export const teamOperations: readonly ApiOperation[] = [
  listTeamsOperation,
  createTeamOperation,
  getTeamOperation,
  updateTeamOperation,
  deleteTeamOperation,
  addTeamMemberOperation,
  removeTeamMemberOperation,
];
