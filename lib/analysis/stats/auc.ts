// Area under the ROC curve: the probability that a randomly chosen positive scores higher than a
// randomly chosen negative, ties counting one half. Computed from rank sums (Mann-Whitney U) after
// one sort, so it is O(n log n) even for a million scores.

/**
 * AUC of `scores` for binary `labels` (1 = positive, anything else = negative). Tied scores get their
 * average rank. Null when there is no positive or no negative, where the AUC is undefined.
 */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  const n = scores.length;
  if (labels.length !== n) throw new Error(`auc: ${n} scores but ${labels.length} labels`);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positives = 0;
  let positiveRankSum = 0;
  let start = 0;
  while (start < n) {
    const score = scores[order[start] as number] as number;
    let end = start + 1;
    while (end < n && scores[order[end] as number] === score) end++;
    // Ranks start..end-1 (0-based) are tied: each gets the average 1-based rank.
    const averageRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (labels[order[k] as number] === 1) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    start = end;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
