/**
 * The text on either side of a figure, on its own line only ("$2,500 - $2,900 bi-weekly", "Hourly
 * rate: $22"): what a pay figure's period or basis is read from. A line above or below is another
 * statement.
 */
export function figureSides(
  text: string,
  at: number,
  end: number,
  reach = { before: 60, after: 40 },
): { before: string; after: string } {
  return {
    before: text
      .slice(Math.max(0, at - reach.before), at)
      .split('\n')
      .pop()!,
    after: text.slice(end, end + reach.after).split('\n')[0]!,
  };
}
