/** An entry's Edit and Delete buttons, pushed to the end of the row they sit in. */
export function EntryActions(props: { onEdit: () => void; onDelete: () => void; deleteLabel?: string }) {
  return (
    <>
      <span style={{ flex: 1 }} />
      <button type="button" onClick={props.onEdit}>
        Edit
      </button>
      <button type="button" onClick={props.onDelete} aria-label={props.deleteLabel}>
        Delete
      </button>
    </>
  );
}
