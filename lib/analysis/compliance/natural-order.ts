// Orders citation references the way people read them: "AC-2" before "AC-10", "A.5.9" before "A.5.10".
// Independent of locale, so results are identical on every machine.

function chunks(s: string): string[] {
  return s.match(/\d+|\D+/g) ?? [];
}

export function compareNatural(a: string, b: string): number {
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p === q) continue;
    const numeric = /^\d/.test(p) && /^\d/.test(q);
    if (numeric && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length || (a < b ? -1 : a > b ? 1 : 0);
}
