import { z } from "zod";
import { PERMISSIONS } from "@/lib/permissions";

export const PermissionSchema = z.enum(PERMISSIONS);
export const BuiltInRoleSchema = z.enum(["ORG_ADMIN", "ORG_MEMBER", "ANALYST", "VIEWER"]);

export const RoleSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    builtIn: BuiltInRoleSchema.nullable().describe("Set on the four built-in roles, whose permissions are fixed"),
    permissions: z.array(PermissionSchema),
    memberCount: z.number().int(),
    createdAt: z.date(),
  })
  .meta({ id: "Role" });
export type Role = z.infer<typeof RoleSchema>;

const RoleName = z.string().trim().min(1, "Enter a name").max(64, "At most 64 characters");
const RoleDescription = z.string().trim().max(500, "At most 500 characters").nullable();
const RolePermissions = z.array(PermissionSchema).max(PERMISSIONS.length * 2, "Too many permissions");

export const CreateRoleInput = z
  .object({
    name: RoleName,
    description: RoleDescription.optional(),
    permissions: RolePermissions.describe("A subset of the caller's own permissions"),
  })
  .strict();
export type CreateRoleInput = z.infer<typeof CreateRoleInput>;

export const UpdateRoleInput = z
  .object({
    name: RoleName.optional(),
    description: RoleDescription.optional(),
    permissions: RolePermissions.optional().describe("Replaces the role's permissions; a subset of the caller's own"),
  })
  .strict();
export type UpdateRoleInput = z.infer<typeof UpdateRoleInput>;

export const RoleIdParams = z.object({ roleId: z.uuid() });
