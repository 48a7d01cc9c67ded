/**
 * Each matrix prints how many cases it tried, so a run shows the matrix really ran
 * (a table that silently became empty would otherwise pass).
 */

/** Call inside describe(); call the returned function once per case tried. */
export function countCases(label: string): () => void {
  let tried = 0;
  after(() => {
    console.log(`${label}: ${tried} cases`);
  });
  return () => {
    tried += 1;
  };
}
