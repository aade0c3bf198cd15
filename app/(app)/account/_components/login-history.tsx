import { History } from "lucide-react";
import { LocalTime } from "@/components/account/local-time";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { LoginHistoryEntry } from "@/lib/auth/login-attempts";
import { describeDevice } from "@/lib/auth/sessions/describe-device";

const RESULTS: Record<LoginHistoryEntry["result"], { label: string; variant: BadgeVariant }> = {
  SUCCESS: { label: "Signed in", variant: "success" },
  BAD_PASSWORD: { label: "Wrong password", variant: "destructive" },
  UNKNOWN_USER: { label: "Unknown account", variant: "destructive" },
  LOCKED: { label: "Refused: locked", variant: "warning" },
  MFA_REQUIRED: { label: "Code requested", variant: "secondary" },
  MFA_FAILED: { label: "Wrong 2FA code", variant: "destructive" },
  RATE_LIMITED: { label: "Refused: too many attempts", variant: "warning" },
};

const METHODS: Record<string, string> = { password: "Password", google: "Google", github: "GitHub", oidc: "Single sign-on" };

/** The account's recent sign-in attempts: an unfamiliar address or a run of failures is worth acting on. */
export function LoginHistory({ entries }: { entries: LoginHistoryEntry[] }) {
  if (entries.length === 0) {
    return <EmptyState icon={History} title="No sign-ins yet" description="Each sign-in attempt to your account, successful or not, appears here with its time and address." />;
  }
  return (
    <div className="relative overflow-x-auto rounded-lg border">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Your last {entries.length} sign-in attempts, newest first</caption>
        <thead className="bg-muted/50">
          <tr className="border-b text-left text-xs text-muted-foreground">
            <th scope="col" className="h-10 px-3 font-medium">When</th>
            <th scope="col" className="h-10 px-3 font-medium">Result</th>
            <th scope="col" className="h-10 px-3 font-medium">Method</th>
            <th scope="col" className="h-10 px-3 font-medium">Address</th>
            <th scope="col" className="h-10 px-3 font-medium">Device</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const result = RESULTS[entry.result];
            return (
              <tr key={entry.id} className="border-b last:border-b-0">
                <td className="px-3 py-2.5 whitespace-nowrap">
                  <LocalTime iso={entry.createdAt.toISOString()} />
                </td>
                <td className="px-3 py-2.5">
                  <Badge variant={result.variant}>{result.label}</Badge>
                </td>
                <td className="px-3 py-2.5 text-muted-foreground">{METHODS[entry.method] ?? entry.method}</td>
                <td className="px-3 py-2.5 font-mono text-xs">{entry.ip ?? "Unknown"}</td>
                <td className="px-3 py-2.5 text-muted-foreground">{describeDevice(entry.userAgent)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
