export function ErrorLine({ error }: { error: string | null }) {
  return error ? (
    <div className="notice error" role="alert">
      {error}
    </div>
  ) : null;
}
