import { Activity, GitCompareArrows, ListChecks, TrendingDown } from "lucide-react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

const analyses = [
  {
    id: "effectiveness",
    label: "Control effectiveness",
    icon: Activity,
    summary: "Which controls actually work.",
    points: [
      "Scores each control from its test results, failures and open issues.",
      "Separates controls that are designed well but tested poorly from those that fail in practice.",
      "Shows how every score moved since the previous run.",
    ],
  },
  {
    id: "correlation",
    label: "Risk correlation",
    icon: GitCompareArrows,
    summary: "Which risks rise and fall together.",
    points: [
      "Relates risks through the controls, issues and business areas they share.",
      "Surfaces clusters where one weak control exposes several risks at once.",
      "Helps you decide which remediation reduces the most exposure.",
    ],
  },
  {
    id: "gap",
    label: "Compliance gap",
    icon: ListChecks,
    summary: "Where you fall short of a framework.",
    points: [
      "Maps your controls and policies to framework requirements such as NIST SP 800-53.",
      "Lists requirements with no control, a failing control or missing evidence.",
      "Tracks how the gap closes between runs.",
    ],
  },
  {
    id: "predictive",
    label: "Predictive control failure",
    icon: TrendingDown,
    summary: "Which controls are likely to fail next.",
    points: [
      "Reads the history of control tests and issues in your instance.",
      "Flags controls whose recent pattern resembles past failures.",
      "Lets you test or fix them before an auditor finds them.",
    ],
  },
];

export function AnalysesSection() {
  return (
    <section id="analyses" aria-labelledby="analyses-title" className="scroll-mt-20 border-b bg-muted/30">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-20 sm:px-6">
        <div className="grid max-w-2xl gap-3">
          <h2 id="analyses-title" className="text-3xl font-semibold tracking-tight">
            Four analyses over the data you already keep
          </h2>
          <p className="text-muted-foreground">
            Each run reads the latest synced data and keeps its results, so every insight comes with its history.
          </p>
        </div>
        <Tabs defaultValue={analyses[0]?.id}>
          <TabsList aria-label="Analyses">
            {analyses.map(({ id, label, icon: Icon }) => (
              <TabsTrigger key={id} value={id}>
                <Icon aria-hidden />
                {label}
              </TabsTrigger>
            ))}
          </TabsList>
          {analyses.map((analysis) => (
            <TabsContent key={analysis.id} value={analysis.id} className="rounded-xl border bg-card p-6 shadow-xs">
              <h3 className="text-lg font-semibold tracking-tight">{analysis.summary}</h3>
              <ul className="mt-4 grid gap-3 text-sm text-muted-foreground sm:grid-cols-3">
                {analysis.points.map((point) => (
                  <li key={point} className="border-l-2 border-primary/40 pl-3">
                    {point}
                  </li>
                ))}
              </ul>
            </TabsContent>
          ))}
        </Tabs>
      </div>
    </section>
  );
}
