/** "$150,000" in the offer's currency; "—" when the figure could not be read. */
export function money(amount: number | null, currency: string): string {
  if (amount === null) return '—';
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  } catch {
    return `${Math.round(amount).toLocaleString('en')} ${currency}`;
  }
}
