/** Prints rows under a header as an aligned text table: the first column left-aligned, the rest right-aligned. */
export function printTable(head, rows) {
  const all = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const fmt = (r) => "  " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(fmt(all[0]));
  console.log("  " + widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of all.slice(1)) console.log(fmt(r));
}
