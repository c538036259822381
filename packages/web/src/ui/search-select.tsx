import type { ReactNode, Ref } from 'react';
import type { FieldProblem } from './form-field';
import {
  Autocomplete,
  Button,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SearchField,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';

export interface SearchSelectProps<Item extends { id: string }> {
  label: string;
  description?: string;
  /** Added to the root's class, for the layout around it. */
  className?: string;
  /** What the list offers now: the server's matches for the search, with whatever must stay listed. */
  items: readonly Item[];
  selectedId: string | null;
  onSelect: (item: Item) => void;
  /** The item's text for screen readers and for the button when the item is chosen. */
  textOf: (item: Item) => string;
  renderItem?: (item: Item) => ReactNode;
  searchText: string;
  onSearchTextChange: (text: string) => void;
  /** Names the search box, e.g. "Search by name or e-mail". */
  searchLabel: string;
  searchPlaceholder?: string;
  /** Shown in the list when nothing is in it: still searching, nothing matches, or it failed. */
  emptyMessage: string;
  /** Below the list, e.g. how many more match than are shown. */
  footer?: ReactNode;
  placeholder?: string;
  isDisabled?: boolean;
  /** Shown after the label in lighter text, e.g. "optional". */
  labelNote?: string;
  /** What is wrong with the choice, announced with the field as a select's problem is. */
  problem?: FieldProblem | null;
  /** The button that opens the list, for a form to move focus to the field. */
  triggerRef?: Ref<HTMLButtonElement>;
}

/**
 * A select whose list has a search box, for choosing one among more than a list can hold: the
 * caller asks the server for what is typed and hands over the matches. The list is a modal
 * popover, so the page behind is inert while it is open; each opening starts from an empty search.
 */
export function SearchSelect<Item extends { id: string }>({
  label,
  description,
  className,
  items,
  selectedId,
  onSelect,
  textOf,
  renderItem = textOf,
  searchText,
  onSearchTextChange,
  searchLabel,
  searchPlaceholder,
  emptyMessage,
  footer,
  placeholder,
  isDisabled,
  labelNote,
  problem,
  triggerRef,
}: SearchSelectProps<Item>) {
  function handleChange(key: Key | null) {
    const item = items.find((candidate) => candidate.id === key);
    if (item && item.id !== selectedId) onSelect(item);
  }

  return (
    <Select
      className={className ? `search-select ${className}` : 'search-select'}
      value={selectedId}
      onChange={handleChange}
      onOpenChange={(open) => {
        if (!open) onSearchTextChange('');
      }}
      placeholder={placeholder}
      isDisabled={isDisabled}
      isInvalid={Boolean(problem)}
      validationBehavior="aria"
      allowsEmptyCollection
    >
      {labelNote ? (
        // The note stays outside the label, so the field's name is just its label.
        <span className="form__label-row">
          <Label className="search-select__label">{label}</Label>
          <span className="form__label-note">({labelNote})</span>
        </span>
      ) : (
        <Label className="search-select__label">{label}</Label>
      )}
      <Button ref={triggerRef} className="search-select__trigger">
        <SelectValue className="search-select__value" />
        <span className="search-select__chevron" aria-hidden="true" />
      </Button>
      {description ? (
        <Text slot="description" className="search-select__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="form__field-problem" elementType="div">
        {problem ? (
          <>
            <span className="form__field-problem-message">{problem.message}</span>
            {problem.hint ? <span className="form__field-problem-hint">{problem.hint}</span> : null}
          </>
        ) : null}
      </FieldError>
      <Popover className="search-select__popover" placement="bottom start">
        <Autocomplete inputValue={searchText} onInputChange={onSearchTextChange}>
          <SearchField className="search-select__search" aria-label={searchLabel} autoFocus>
            <Input className="search-select__search-input" placeholder={searchPlaceholder} />
          </SearchField>
          <ListBox
            className="search-select__list"
            items={items}
            renderEmptyState={() => <p className="search-select__empty">{emptyMessage}</p>}
          >
            {(item) => (
              <ListBoxItem id={item.id} textValue={textOf(item)} className="search-select__option">
                {renderItem(item)}
              </ListBoxItem>
            )}
          </ListBox>
        </Autocomplete>
        {footer ? <p className="search-select__more">{footer}</p> : null}
      </Popover>
    </Select>
  );
}
