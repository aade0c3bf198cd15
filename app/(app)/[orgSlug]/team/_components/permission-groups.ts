import { PERMISSIONS } from "@/lib/permissions";

const DOMAIN_LABELS: Record<string, string> = {
  organizations: "Organization",
  instances: "ServiceNow instances",
  analysis: "Analyses",
  insights: "Insights",
  widgets: "Widgets",
  users: "Members and roles",
  jobs: "Background jobs",
  billing: "Billing",
  audit: "Audit log",
  apikeys: "API keys",
  webhooks: "Webhooks",
};

const ACTION_LABELS: Record<string, string> = {
  create: "Create",
  read: "View",
  update: "Change",
  delete: "Delete",
  export: "Export",
  cancel: "Cancel",
  manage: "Manage",
};

export interface PermissionGroup {
  domain: string;
  label: string;
  permissions: { value: string; label: string }[];
}

/** The permission matrix's rows, grouped by domain in the product's own order. */
export const PERMISSION_GROUPS: PermissionGroup[] = PERMISSIONS.reduce<PermissionGroup[]>((groups, permission) => {
  const [domain = permission, action = ""] = permission.split(":");
  let group = groups.find((g) => g.domain === domain);
  if (!group) {
    group = { domain, label: DOMAIN_LABELS[domain] ?? domain, permissions: [] };
    groups.push(group);
  }
  group.permissions.push({ value: permission, label: ACTION_LABELS[action] ?? action });
  return groups;
}, []);
