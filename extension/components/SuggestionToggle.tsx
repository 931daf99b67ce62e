interface Props {
  /** The field's label, so a screen reader hears which box the answer goes to. */
  label: string;
  suggestion: string;
  accepted: boolean;
  onAccept: () => void;
  onUndo: () => void;
}

/**
 * A field the plan was not sure of (under its fill floor): the answer it would have been, one click
 * from filling. Accepted, it fills as the person's own answer; "Don't fill" takes it back.
 */
export function SuggestionToggle({ label, suggestion, accepted, onAccept, onUndo }: Props) {
  return accepted ? (
    <button type="button" aria-label={`Don't fill ${label}`} onClick={onUndo}>
      Don't fill
    </button>
  ) : (
    <button type="button" aria-label={`Use "${suggestion}" for ${label}`} onClick={onAccept}>
      Use “{suggestion.length > 40 ? `${suggestion.slice(0, 40)}…` : suggestion}”
    </button>
  );
}
