import { Text, View } from "@react-pdf/renderer";
import { formatTimestamp } from "./format";
import type { PdfReport } from "./prepare-report";
import { styles } from "./styles";

/**
 * What repeats on every page: the running header (not on the cover, which says it all in large
 * type) and the footer with the page count and how fresh the data is, so a single printed page
 * still says when and from what it was made.
 */
export function PageChrome({ report, header = true }: { report: PdfReport; header?: boolean }) {
  return (
    <>
      {header && (
        <View fixed style={styles.runningHeader}>
          <Text>{report.title}</Text>
          <Text>
            {report.organizationName} · {report.instanceName}
          </Text>
        </View>
      )}
      <View fixed style={styles.footer}>
        <Text>
          Generated {formatTimestamp(report.generatedAt)} · Data as of {formatTimestamp(report.dataAsOf)}
        </Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}
