import { Text } from "@react-pdf/renderer";
import type { ComponentProps } from "react";
import { COLORS, FONT, FONT_BOLD } from "./styles";

interface SvgLabelProps {
  x: number;
  y: number;
  children: string;
  size?: number;
  anchor?: "start" | "middle" | "end";
  fill?: string;
  bold?: boolean;
}

/**
 * Real (extractable) text inside an Svg. react-pdf draws SVG text at 18 pt unless the text's own
 * style sets a size, and its SVG text typings leave font size out, hence the one cast here.
 */
export function SvgLabel({ x, y, children, size = 7, anchor = "start", fill = COLORS.ink, bold = false }: SvgLabelProps) {
  const props = {
    x,
    y,
    fill,
    textAnchor: anchor,
    style: { fontSize: size, fontFamily: bold ? FONT_BOLD : FONT },
  } as unknown as ComponentProps<typeof Text>;
  return <Text {...props}>{children}</Text>;
}

// Helvetica's mean advance over mixed-case words is about half an em; 0.55 errs on the safe side.
const MEAN_ADVANCE_EM = 0.55;

/** Shortens a label with an ellipsis so it fits `width` points at `size`. */
export function fitLabel(text: string, width: number, size: number): string {
  const maxChars = Math.max(1, Math.floor(width / (size * MEAN_ADVANCE_EM)));
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}
