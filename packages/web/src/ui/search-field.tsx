import {
  Button as AriaButton,
  Input,
  Label,
  SearchField as AriaSearchField,
} from 'react-aria-components';

export interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Focus it when it appears, as in a dialog opened to search. */
  autoFocus?: boolean;
}

/** A search box: Escape or the clear button empties it. */
export function SearchField({ label, value, onChange, placeholder, autoFocus }: SearchFieldProps) {
  return (
    <AriaSearchField
      className="form__field search-field"
      value={value}
      onChange={onChange}
      autoFocus={autoFocus}
    >
      <Label>{label}</Label>
      <span className="search-field__control">
        <svg className="search-field__icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <line x1="12.6" y1="12.6" x2="17" y2="17" />
        </svg>
        <Input placeholder={placeholder} />
        <AriaButton className="search-field__clear" aria-label="Clear search">
          <span aria-hidden="true">×</span>
        </AriaButton>
      </span>
    </AriaSearchField>
  );
}
