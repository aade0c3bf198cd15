import {
  Braces,
  FileSpreadsheet,
  History,
  Info,
  PanelsTopLeft,
  RefreshCw,
  Users,
  type LucideIcon,
} from "lucide-react";

const features: Array<{ icon: LucideIcon; title: string; body: string }> = [
  {
    icon: RefreshCw,
    title: "Connects to ServiceNow GRC and IRM",
    body: "Add your instances once; ComplianceIQ syncs controls, risks, policies, control tests and issues on a schedule through the ServiceNow Table API.",
  },
  {
    icon: History,
    title: "Insights with history and trends",
    body: "Every analysis run is kept, so you see not only where you stand but which way each control and risk is moving.",
  },
  {
    icon: FileSpreadsheet,
    title: "Exports for auditors",
    body: "Export insights to PDF for the board, or to CSV and Excel for the people who want the rows behind them.",
  },
  {
    icon: PanelsTopLeft,
    title: "Widgets in your Service Portal",
    body: "Deploy insights as widgets into ServiceNow Service Portal, where control owners already work.",
  },
  {
    icon: Users,
    title: "Teams, roles and an audit log",
    body: "Organizations with admins, analysts and viewers; every change is recorded with who made it and when.",
  },
  {
    icon: Braces,
    title: "A documented REST API",
    body: "Everything the app does goes through a versioned REST API with an OpenAPI document, so you can automate it.",
  },
];

export function FeaturesSection() {
  return (
    <section id="features" aria-labelledby="features-title" className="scroll-mt-20 border-b">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-20 sm:px-6">
        <div className="grid max-w-2xl gap-3">
          <h2 id="features-title" className="text-3xl font-semibold tracking-tight">
            From ServiceNow records to decisions
          </h2>
          <p className="text-muted-foreground">
            ComplianceIQ sits beside your GRC instance: it reads, analyses and reports, and leaves your records where
            they are.
          </p>
        </div>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {features.map(({ icon: Icon, title, body }) => (
            <li key={title} className="grid content-start gap-3 rounded-xl border bg-card p-5 shadow-xs">
              <span className="flex size-9 items-center justify-center rounded-lg bg-primary/10 text-primary">
                <Icon aria-hidden className="size-4.5" />
              </span>
              <h3 className="font-semibold tracking-tight">{title}</h3>
              <p className="text-sm text-muted-foreground">{body}</p>
            </li>
          ))}
        </ul>
        <div className="flex items-start gap-3 rounded-xl border border-dashed p-5 text-sm text-muted-foreground">
          <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
          <p>
            These capabilities arrive in stages. Inside the app, every page says plainly what your organization can
            use today and what comes next.
          </p>
        </div>
      </div>
    </section>
  );
}
