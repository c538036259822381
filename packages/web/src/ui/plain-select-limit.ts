/**
 * How many choices a plain select lists. Where the server holds more, the picker becomes a
 * SearchSelect that asks for those matching what is typed, so nothing past the first page is lost.
 */
export const PLAIN_SELECT_LIMIT = 100;
