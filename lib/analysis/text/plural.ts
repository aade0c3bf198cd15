/** "1 control", "3 controls": a count with its noun, for plain-language explanations. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
