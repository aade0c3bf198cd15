/**
 * Joins class names, dropping falsy ones, so variants can be written as `cond && "class"`.
 * It does not resolve conflicts (two heights, two paddings): components expose a prop for each
 * variation instead of relying on a later class to win.
 */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}
