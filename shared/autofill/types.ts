/** The field taxonomy of the corpus README: what a form control asks for. */
export const FIELD_TYPES = [
  'first_name',
  'last_name',
  'full_name',
  'email',
  'phone',
  'address_line1',
  'city',
  'state',
  'postal_code',
  'country',
  'linkedin_url',
  'github_url',
  'portfolio_url',
  'website_url',
  'resume_file',
  'cover_letter_file',
  'cover_letter_text',
  'current_company',
  'current_title',
  'years_experience',
  'salary_expectation',
  'work_authorization',
  'sponsorship_required',
  'start_date',
  'how_did_you_hear',
  'gender',
  'race',
  'veteran_status',
  'disability_status',
  'other',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Demographic types: filled only from the user's explicit saved choice. */
export const EEO_TYPES: readonly FieldType[] = ['gender', 'race', 'veteran_status', 'disability_status'];

/** The shape of the control, which decides how it is filled. */
export type FieldKind =
  | 'text'
  | 'email'
  | 'tel'
  | 'url'
  | 'number'
  | 'date'
  | 'textarea'
  | 'select'
  | 'combobox'
  | 'file'
  | 'radio-group'
  | 'checkbox-group'
  | 'checkbox';

/** Controls whose value is typed: an answer can go into them as the person would type it. */
export const TYPED_KINDS: readonly FieldKind[] = ['text', 'textarea', 'email', 'tel', 'url', 'number'];

export interface FieldOption {
  text: string;
  value: string;
  /** The input (radio/checkbox) or <option> element carrying this choice. */
  element?: Element;
}

/** Text gathered around a control. Only standard HTML/ARIA attributes and visible text. */
export interface FieldSignals {
  /** Accessible-name-like text: aria-labelledby, <label>, aria-label, title. */
  label: string;
  /** Text just before the control (up to the previous control), nearest first. */
  nearby: string;
  /** fieldset legend or role=group/radiogroup name around the control. */
  group: string;
  /** Nearest preceding section heading. */
  heading: string;
  /** aria-describedby text. */
  description: string;
  name: string;
  id: string;
  placeholder: string;
  /** Standard autocomplete tokens only (custom tokens are dropped). */
  autocomplete: string;
  /** The accept attribute of file inputs. */
  accept: string;
  /** An upload named only `file`: what its containers' data attributes say it takes ("resume"). */
  purpose?: string;
  /** The blocks the control sits in, read from the page's structure, nearest first (scan/block-text.ts). */
  block?: BlockLevel[];
}

/** One block around a control: where the page's structure says it is, its title, and the text under the title. */
export interface BlockLevel {
  /** A fieldset's legend, a group's aria name, a container opening with a heading, a list table or one of its rows. */
  from: 'fieldset' | 'group' | 'section' | 'table' | 'table-row';
  /** The legend, the group's name, the heading, the text before a table, a row's header cell ('' when none). */
  title: string;
  /** The intro or help printed between the title and the block's first box, chunks joined by ' | '. */
  intro: string;
  /** In a list table's row: the caption of the column over the control. */
  column?: string;
  /** One of repeated blocks ("Address 1", "Address 2") or of a list table's rows: its place among them, from 1. */
  entry?: number;
}

export interface FieldDescriptor {
  /** Stable within one scan: 'f0', 'f1', … */
  ref: string;
  kind: FieldKind;
  /** The control, or for groups every radio/checkbox input, in document order. */
  elements: Element[];
  options: FieldOption[];
  signals: FieldSignals;
  inputType: string;
  required: boolean;
  readOnly: boolean;
  disabled: boolean;
  /** Not shown to the user: attributes and inline styles, and the real layout when the scan judged it. */
  hidden: boolean;
  /** Why a person cannot see it, in words, when the layout said so ("placed off the screen"). */
  hiddenReason?: string;
  /** A trap for bots: hidden text field a human never sees. Never filled. */
  honeypot: boolean;
  /** Current value ('' when empty); for groups the checked options' texts joined by '; '. */
  currentValue: string;
}

export type DecisionSource = 'autocomplete' | 'adapter' | 'rules' | 'none';

/** What decided a type, as data: the signal and the text of the page it was read from. */
export interface ClassificationEvidence {
  signal: 'autocomplete' | 'adapter' | 'input-type' | 'dial-code' | RuleSignal;
  text: string;
}
/** The texts around a control that classifier rules read. */
export type RuleSignal = 'label' | 'name' | 'placeholder' | 'group' | 'description' | 'context' | 'options';

export interface Classification {
  type: FieldType;
  /** 0..1 */
  confidence: number;
  source: DecisionSource;
  /** For developers: which signal matched which pattern. People read `evidence` in words (explain.ts). */
  reason: string;
  evidence?: ClassificationEvidence;
}

export interface ClassifiedField {
  field: FieldDescriptor;
  classification: Classification;
}
