/**
 * An action's error, read out as it appears (role alert), or nothing. `small` is the compact line inside a
 * card or a settings row.
 */
export function ErrorLine({ error, small = false }: { error: string | null; small?: boolean }) {
  if (!error) return null;
  return small ? (
    <p className="notice error small" role="alert">
      {error}
    </p>
  ) : (
    <div className="notice error" role="alert">
      {error}
    </div>
  );
}
