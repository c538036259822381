import type { ReactNode } from 'react';
import {
  Autocomplete,
  Button,
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
      allowsEmptyCollection
    >
      <Label className="search-select__label">{label}</Label>
      <Button className="search-select__trigger">
        <SelectValue className="search-select__value" />
        <span className="search-select__chevron" aria-hidden="true" />
      </Button>
      {description ? (
        <Text slot="description" className="search-select__description">
          {description}
        </Text>
      ) : null}
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
