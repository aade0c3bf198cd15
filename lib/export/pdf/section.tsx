import { Page, Text, View } from "@react-pdf/renderer";
import { BarChart } from "./bar-chart";
import { Findings } from "./findings";
import { paragraphs } from "./format";
import { HeatMap } from "./heat-map";
import { LineChart } from "./line-chart";
import { PageChrome } from "./page-chrome";
import type { PdfBlock, PdfReport, PdfSection } from "./prepare-report";
import { styles } from "./styles";
import { Table } from "./table";

function KeyFigures({ figures }: { figures: PdfSection["keyFigures"] }) {
  if (figures.length === 0) return null;
  return (
    <View style={styles.figures}>
      {figures.map((figure, index) => (
        <View key={index} style={styles.figure} wrap={false}>
          <Text style={styles.figureValue}>{figure.value}</Text>
          <Text style={styles.figureLabel}>{figure.label}</Text>
        </View>
      ))}
    </View>
  );
}

function Block({ block }: { block: PdfBlock }) {
  switch (block.kind) {
    case "table":
      return <Table table={block} />;
    case "bar-chart":
      return <BarChart chart={block} />;
    case "heat-map":
      return <HeatMap map={block} />;
    case "line-chart":
      return <LineChart chart={block} />;
  }
}

/**
 * One engine's section on its own run of pages. Findings come before the charts and tables: they
 * are the conclusions, and a long table would otherwise push them a page or more back.
 */
export function SectionPages({ report, section }: { report: PdfReport; section: PdfSection }) {
  return (
    <Page size="A4" style={styles.page} bookmark={section.title}>
      <PageChrome report={report} />
      <Text style={styles.h1}>{section.title}</Text>
      {paragraphs(section.summary).map((paragraph, index) => (
        <Text key={index} style={styles.paragraph}>
          {paragraph}
        </Text>
      ))}
      <KeyFigures figures={section.keyFigures} />
      <Findings findings={section.findings} total={section.totalFindings} />
      {section.blocks.map((block) => (
        <Block key={block.id} block={block} />
      ))}
    </Page>
  );
}
