import { useQuery } from '@apollo/client/react';
import { CONTENT_KIND_LABELS } from '@foyer/shared';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { contentPath, SEARCH_PATH, searchPath } from '../../app/paths';
import { graphql } from '../../gql';
import type { HeaderSearch_SuggestionsQuery } from '../../gql/graphql';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { ServerHtml } from './server-html';

// No `id` is selected: a suggestion's highlights belong to what was typed, so each answer is kept
// whole instead of being merged into one cached object per article.
const HeaderSearchSuggestionsQuery = graphql(`
  query HeaderSearch_suggestions($prefix: String!, $first: Int!) {
    searchSuggestions(prefix: $prefix, first: $first) {
      kind
      slug
      title
      titleHtml
    }
  }
`);

/** Asks once typing pauses this long, not on every keystroke. */
export const SUGGESTION_DELAY_MS = 200;
/** Fewer characters than this match too much to be worth suggesting. */
export const MIN_SUGGESTION_LENGTH = 2;
const SUGGESTION_COUNT = 8;

type Suggestion = HeaderSearch_SuggestionsQuery['searchSuggestions'][number];
type SearchOption =
  | { key: string; type: 'suggestion'; suggestion: Suggestion; slug: string }
  | { key: 'see-all'; type: 'see-all'; text: string };

/**
 * The search box of every signed-in page, an editable combobox with a list of suggestions (the
 * WAI-ARIA pattern): titles are suggested as the person types, the arrow keys move through them
 * and Enter opens the one highlighted; Enter on the text itself, the last option or the button
 * shows every result on the results page.
 *
 * It is written out rather than taken from React Aria: its ComboBox hides the whole page from
 * assistive technology while the list is open (aria-hidden), leaving every link of the page
 * focusable but hidden, which accessibility checkers rightly report. This list sits under the box
 * in the page's own order, so nothing needs hiding.
 */
export function HeaderSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const addressQuery = queryOf(location.pathname, location.search);
  const [text, setText] = useState(addressQuery);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // The box follows the address: the results page shows what was searched, and any other page
  // starts empty, so a finished search does not linger in the header.
  useEffect(() => {
    setText(addressQuery);
    setOpen(false);
    setActive(-1);
  }, [location.key, addressQuery]);

  const typed = text.trim();
  const prefix = useDebouncedValue(typed, SUGGESTION_DELAY_MS);
  const { data, previousData } = useQuery(HeaderSearchSuggestionsQuery, {
    variables: { prefix, first: SUGGESTION_COUNT },
    skip: prefix.length < MIN_SUGGESTION_LENGTH,
  });

  const suggestions =
    typed.length >= MIN_SUGGESTION_LENGTH ? ((data ?? previousData)?.searchSuggestions ?? []) : [];
  const options: SearchOption[] = typed
    ? [
        ...suggestions.flatMap((suggestion): SearchOption[] =>
          suggestion.slug
            ? [
                {
                  key: `${suggestion.kind}:${suggestion.slug}`,
                  type: 'suggestion',
                  suggestion,
                  slug: suggestion.slug,
                },
              ]
            : [],
        ),
        { key: 'see-all', type: 'see-all', text: typed },
      ]
    : [];
  const expanded = isOpen && options.length > 0;
  const activeIndex = expanded && active < options.length ? active : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  // The highlighted option stays in view when the list scrolls.
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, id]);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function showResults() {
    if (!typed) return;
    close();
    navigate(searchPath({ q: typed }));
  }

  function choose(option: SearchOption) {
    if (option.type === 'see-all') {
      showResults();
      return;
    }
    close();
    navigate(contentPath(option.suggestion.kind, option.slug));
    // The page changed under the box: reading continues at the new page, not in the header.
    document.getElementById('main')?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        if (options.length === 0) return;
        setOpen(true);
        // Alt+Down opens the list without moving into it.
        if (!event.altKey) setActive(expanded ? (activeIndex + 1) % options.length : 0);
        return;
      }
      case 'ArrowUp': {
        event.preventDefault();
        if (options.length === 0) return;
        setOpen(true);
        setActive(expanded && activeIndex > 0 ? activeIndex - 1 : options.length - 1);
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const option = options[activeIndex];
        if (option) choose(option);
        else showResults();
        return;
      }
      case 'Escape': {
        // First Escape closes the list; the next one empties the box.
        if (expanded) {
          event.preventDefault();
          event.stopPropagation();
          close();
        } else if (text) {
          event.preventDefault();
          event.stopPropagation();
          setText('');
        }
        return;
      }
      case 'Tab':
        close();
        return;
      default:
    }
  }

  return (
    <div className="header-search" role="search" aria-label="Site">
      <label htmlFor={inputId} className="visually-hidden">
        Search Foyer
      </label>
      <span className="header-search__control">
        <svg
          className="header-search__icon"
          viewBox="0 0 20 20"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <line x1="12.6" y1="12.6" x2="17" y2="17" />
        </svg>
        <input
          id={inputId}
          className="header-search__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={hintId}
          placeholder="Search Foyer"
          enterKeyHint="search"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={handleKeyDown}
          onBlur={close}
        />
      </span>
      <button type="button" className="header-search__submit" onClick={showResults}>
        <span className="visually-hidden">Search</span>
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M4 10h11M11 5.5 15.5 10 11 14.5" />
        </svg>
      </button>
      <span id={hintId} className="visually-hidden">
        Suggestions appear as you type. Press Enter to see every result.
      </span>
      <ul
        id={listId}
        className="header-search__list"
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
      >
        {expanded
          ? options.map((option, index) => (
              // Options are chosen with the arrow keys and Enter in the box, which keeps focus; the
              // mouse picks them here, without taking focus from the box first.
              <li
                key={option.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={
                  option.type === 'see-all'
                    ? 'header-search__option header-search__option--all'
                    : 'header-search__option'
                }
                data-active={index === activeIndex || undefined}
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => {
                  if (index !== activeIndex) setActive(index);
                }}
                onClick={() => choose(option)}
              >
                {option.type === 'suggestion' ? (
                  <>
                    <ServerHtml
                      className="header-search__option-title"
                      html={option.suggestion.titleHtml}
                    />
                    {/* Read out between the title and its kind, which are shown on two lines. */}
                    <span className="visually-hidden">, </span>
                    <span className="header-search__option-kind">
                      {CONTENT_KIND_LABELS[option.suggestion.kind]}
                    </span>
                  </>
                ) : (
                  <>See all results for “{option.text}”</>
                )}
              </li>
            ))
          : null}
      </ul>
      {/* A live region without the status role: pages own their status messages. */}
      <span className="visually-hidden" aria-live="polite">
        {expanded && suggestions.length > 0
          ? `${suggestions.length} ${suggestions.length === 1 ? 'suggestion' : 'suggestions'}`
          : ''}
      </span>
    </div>
  );
}

/** The `q` of the results page's address; empty on every other page. */
function queryOf(pathname: string, search: string): string {
  if (pathname !== SEARCH_PATH) return '';
  return new URLSearchParams(search).get('q') ?? '';
}
