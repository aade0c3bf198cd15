import { z } from "zod";
import { InvitationIdParams, InvitationListQuery, InvitationSchema, InvitationSent, InviteInput } from "@/lib/invitations/schemas";
import { MemberSchema } from "@/lib/members/schemas";
import { CreateOrganizationInput, OrganizationIdParams, OrganizationSchema, UpdateOrganizationInput } from "@/lib/organizations/schemas";
import type { ApiOperation } from "../define-operation";
import { defineOperation } from "../define-operation";
import { PaginationQuery, pageOf } from "../pagination";

export const createOrganizationOperation = defineOperation({
  operationId: "createOrganization",
  method: "POST",
  path: "/organizations",
  summary: "Create an organization with the signed-in user as its Organization Admin",
  description:
    "Any signed-in person may create an organization: it is an act of the user, not a permission inside another " +
    "organization (a Viewer elsewhere, or someone with no organization left, may start one), so no organization " +
    "header is needed. API keys belong to one organization and are refused (403).",
  tags: ["Organizations"],
  auth: "user",
  body: CreateOrganizationInput,
  response: OrganizationSchema,
  successStatus: 201,
});

export const getOrganizationOperation = defineOperation({
  operationId: "getOrganization",
  method: "GET",
  path: "/organizations/{orgId}",
  summary: "The caller's organization and its settings (any other id is a 404)",
  tags: ["Organizations"],
  auth: "required",
  permission: "organizations:read",
  params: OrganizationIdParams,
  response: OrganizationSchema,
});

export const updateOrganizationOperation = defineOperation({
  operationId: "updateOrganization",
  method: "PUT",
  path: "/organizations/{orgId}",
  summary: "Change the name, slug, time zone, data retention or the 2FA requirement",
  description: "Requiring 2FA needs the calling user to have 2FA turned on (`mfa_enrollment_required` otherwise).",
  tags: ["Organizations"],
  auth: "required",
  permission: "organizations:update",
  params: OrganizationIdParams,
  body: UpdateOrganizationInput,
  response: OrganizationSchema,
});

export const deleteOrganizationOperation = defineOperation({
  operationId: "deleteOrganization",
  method: "DELETE",
  path: "/organizations/{orgId}",
  summary: "Delete the organization: it disappears at once and its data is purged after 30 days",
  tags: ["Organizations"],
  auth: "required",
  permission: "organizations:delete",
  params: OrganizationIdParams,
  response: OrganizationSchema,
});

export const listOrganizationMembersOperation = defineOperation({
  operationId: "listOrganizationMembers",
  method: "GET",
  path: "/organizations/{orgId}/members",
  summary: "Members of the organization with their roles and teams",
  tags: ["Organizations"],
  auth: "required",
  permission: "users:read",
  params: OrganizationIdParams,
  query: PaginationQuery,
  response: pageOf(MemberSchema),
});

export const inviteOrganizationMemberOperation = defineOperation({
  operationId: "inviteOrganizationMember",
  method: "POST",
  path: "/organizations/{orgId}/members",
  summary: "Invite someone by email with a role; the emailed link is valid for 7 days",
  description: "A person inviting must have verified their email address (`email_not_verified`), and must hold every permission of the role.",
  tags: ["Organizations"],
  auth: "required",
  permission: "users:create",
  params: OrganizationIdParams,
  body: InviteInput,
  response: InvitationSent,
  successStatus: 201,
});

export const listOrganizationInvitationsOperation = defineOperation({
  operationId: "listOrganizationInvitations",
  method: "GET",
  path: "/organizations/{orgId}/invitations",
  summary: "The organization's invitations, newest first",
  tags: ["Organizations"],
  auth: "required",
  permission: "users:read",
  params: OrganizationIdParams,
  query: InvitationListQuery,
  response: z.object({ data: z.array(InvitationSchema) }),
});

export const resendOrganizationInvitationOperation = defineOperation({
  operationId: "resendOrganizationInvitation",
  method: "POST",
  path: "/organizations/{orgId}/invitations/{invitationId}/resend",
  summary: "Send an invitation again with a new link and a fresh 7 days (at most once a minute)",
  tags: ["Organizations"],
  auth: "required",
  permission: "users:create",
  params: InvitationIdParams,
  response: InvitationSent,
});

export const revokeOrganizationInvitationOperation = defineOperation({
  operationId: "revokeOrganizationInvitation",
  method: "DELETE",
  path: "/organizations/{orgId}/invitations/{invitationId}",
  summary: "Revoke a pending invitation; its link stops working at once",
  tags: ["Organizations"],
  auth: "required",
  permission: "users:create",
  params: InvitationIdParams,
  response: InvitationSchema,
});

export const organizationOperations: readonly ApiOperation[] = [
  createOrganizationOperation,
  getOrganizationOperation,
  updateOrganizationOperation,
  deleteOrganizationOperation,
  listOrganizationMembersOperation,
  inviteOrganizationMemberOperation,
  listOrganizationInvitationsOperation,
  resendOrganizationInvitationOperation,
  revokeOrganizationInvitationOperation,
];
