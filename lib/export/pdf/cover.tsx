import { Page, Text, View } from "@react-pdf/renderer";
import { describeAge, formatTimestamp } from "./format";
import { PageChrome } from "./page-chrome";
import type { PdfReport } from "./prepare-report";
import { COLORS, FONT_BOLD, styles } from "./styles";

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ flexDirection: "row", marginBottom: 4 }}>
      <Text style={{ width: 110, color: COLORS.muted }}>{label}</Text>
      <Text style={{ flex: 1 }}>{value}</Text>
    </View>
  );
}

/** Who and what the report is about, when it was made and from which engine versions. */
export function CoverPage({ report }: { report: PdfReport }) {
  const age = describeAge(Math.max(0, report.generatedAt.getTime() - report.dataAsOf.getTime()));
  const engines = Object.entries(report.engineVersions)
    .map(([engine, version]) => `${engine} ${version}`)
    .join(", ");
  return (
    <Page size="A4" style={styles.page}>
      <PageChrome report={report} header={false} />
      <View style={{ height: 6, backgroundColor: COLORS.accent, marginBottom: 120 }} />
      <Text style={{ fontSize: 10, color: COLORS.accent, fontFamily: FONT_BOLD, marginBottom: 6 }}>ComplianceIQ · GRC analysis report</Text>
      <Text style={{ fontFamily: FONT_BOLD, fontSize: 26, marginBottom: 14, lineHeight: 1.15 }}>{report.title}</Text>
      <Text style={{ fontSize: 14, marginBottom: 2 }}>{report.organizationName}</Text>
      <Text style={{ fontSize: 10, color: COLORS.muted, marginBottom: 40 }}>ServiceNow instance {report.instanceName}</Text>
      <View style={{ borderTopWidth: 0.5, borderTopColor: COLORS.rule, paddingTop: 10 }}>
        <Fact label="Generated" value={formatTimestamp(report.generatedAt)} />
        <Fact label="Data as of" value={`${formatTimestamp(report.dataAsOf)} (${age} before the report was generated)`} />
        <Fact label="Analysis engines" value={engines || "none"} />
        <Fact label="Sections" value={report.sections.map((section) => section.title).join(", ") || "none"} />
      </View>
      <Text style={{ ...styles.note, marginTop: 40 }}>
        Figures are computed by ComplianceIQ from the controls, tests, risks, issues and citations synced from ServiceNow at the time
        shown above. Each finding states the rule and the numbers behind it.
      </Text>
    </Page>
  );
}
