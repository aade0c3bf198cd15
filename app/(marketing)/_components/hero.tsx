import Link from "next/link";
import {
  ArrowRight,
  BarChart3,
  ClipboardCheck,
  FileSpreadsheet,
  FileWarning,
  Lightbulb,
  PanelsTopLeft,
  ScrollText,
  ShieldCheck,
  TriangleAlert,
  type LucideIcon,
} from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { Button } from "@/components/ui/button";

const synced: Array<{ label: string; icon: LucideIcon }> = [
  { label: "Controls", icon: ShieldCheck },
  { label: "Risks", icon: TriangleAlert },
  { label: "Policies", icon: ScrollText },
  { label: "Control tests", icon: ClipboardCheck },
  { label: "Issues", icon: FileWarning },
];

const outputs: Array<{ label: string; icon: LucideIcon }> = [
  { label: "Insights and trends", icon: Lightbulb },
  { label: "PDF, CSV and Excel exports", icon: FileSpreadsheet },
  { label: "Service Portal widgets", icon: PanelsTopLeft },
];

function Column({ title, items }: { title: string; items: Array<{ label: string; icon: LucideIcon }> }) {
  return (
    <div className="grid content-start gap-2 rounded-xl border bg-card p-4 shadow-xs">
      <p className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{title}</p>
      <ul className="grid gap-1.5">
        {items.map(({ label, icon: Icon }) => (
          <li key={label} className="flex items-center gap-2 text-sm">
            <Icon aria-hidden className="size-4 text-muted-foreground" />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** How data flows through the product, drawn with real names rather than a screenshot. */
function DataFlow() {
  return (
    <figure className="grid items-center gap-3 md:grid-cols-[1fr_auto_1fr_auto_1fr]">
      <Column title="ServiceNow GRC / IRM" items={synced} />
      <ArrowRight aria-hidden className="mx-auto size-5 rotate-90 text-muted-foreground md:rotate-0" />
      <div className="grid content-start gap-3 rounded-xl border border-primary/30 bg-primary/5 p-4">
        <Logo className="text-sm" />
        <ul className="grid gap-1.5 text-sm">
          {["Control effectiveness", "Risk correlation", "Compliance gap", "Predictive control failure"].map((a) => (
            <li key={a} className="flex items-center gap-2">
              <BarChart3 aria-hidden className="size-4 text-primary" />
              {a}
            </li>
          ))}
        </ul>
      </div>
      <ArrowRight aria-hidden className="mx-auto size-5 rotate-90 text-muted-foreground md:rotate-0" />
      <Column title="For your team" items={outputs} />
      <figcaption className="sr-only">
        ComplianceIQ syncs controls, risks, policies, control tests and issues from ServiceNow, analyses them, and
        returns insights, exports and Service Portal widgets.
      </figcaption>
    </figure>
  );
}

export function Hero() {
  return (
    <section aria-labelledby="hero-title" className="relative overflow-hidden border-b">
      <div
        aria-hidden
        className="pointer-events-none absolute inset-x-0 -top-40 h-96 bg-[radial-gradient(ellipse_at_center,var(--color-primary)_0%,transparent_65%)] opacity-[0.12]"
      />
      <div className="relative mx-auto grid max-w-6xl gap-12 px-4 py-20 sm:px-6 md:py-28">
        <div className="mx-auto grid max-w-3xl gap-6 text-center">
          <p className="mx-auto w-fit rounded-full border bg-card px-3 py-1 text-xs font-medium text-muted-foreground">
            For GRC teams on ServiceNow
          </p>
          <h1 id="hero-title" className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            Turn your ServiceNow GRC data into answers
          </h1>
          <p className="text-lg text-pretty text-muted-foreground">
            ComplianceIQ connects to your ServiceNow GRC and IRM instances, syncs controls, risks, policies, control
            tests and issues, and analyses them: which controls work, which risks move together, where you fall short
            of a framework, and which controls are likely to fail next.
          </p>
          <div className="flex flex-col justify-center gap-3 sm:flex-row">
            <Button asChild size="lg">
              <Link href="/login">
                Sign in
                <ArrowRight aria-hidden />
              </Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="#pricing">Talk to the team</Link>
            </Button>
          </div>
        </div>
        <DataFlow />
      </div>
    </section>
  );
}
