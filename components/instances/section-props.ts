import type { InstanceView } from "@/lib/instances/schemas";

/**
 * What every section of the instance detail page receives, so a new section (the sync panel,
 * components/instances/sync-panel.tsx) plugs in with one line: `<SyncPanel {...section} />`.
 */
export interface InstanceSectionProps {
  orgSlug: string;
  instance: InstanceView;
  /** The viewer's permissions; sections hide what the viewer cannot do (the server enforces it anyway). */
  permissions: readonly string[];
}
