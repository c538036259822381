import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { articlePath } from '../../app/paths';
import { graphql } from '../../gql';
import type { UpdateEditor_UpdateFragment } from '../../gql/graphql';
import { Button } from '../../ui/button';
import type { FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { SearchField } from '../../ui/search-field';
import { useDebouncedValue } from '../../ui/use-debounced-value';

const ArticleSuggestionsQuery = graphql(`
  query ArticleLinks_suggestions($prefix: String!) {
    searchSuggestions(prefix: $prefix, kinds: [ARTICLE], first: 8) {
      id
      title
    }
  }
`);

const LinkArticleMutation = graphql(`
  mutation ArticleLinks_link($updateId: ID!, $articleId: ID!) {
    linkUpdateArticle(updateId: $updateId, articleId: $articleId) {
      update {
        ...UpdateEditor_update
      }
      error {
        message
        hint
      }
    }
  }
`);

const UnlinkArticleMutation = graphql(`
  mutation ArticleLinks_unlink($updateId: ID!, $articleId: ID!) {
    unlinkUpdateArticle(updateId: $updateId, articleId: $articleId) {
      update {
        ...UpdateEditor_update
      }
      error {
        message
        hint
      }
    }
  }
`);

/** The knowledge-base articles whose problem the update fixes ("Fixed in" on those articles). */
export function ArticleLinks({ update }: { update: UpdateEditor_UpdateFragment }) {
  const [query, setQuery] = useState('');
  const prefix = useDebouncedValue(query.trim(), 250);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const { data } = useQuery(ArticleSuggestionsQuery, {
    variables: { prefix },
    skip: prefix.length < 2,
  });
  const [link] = useMutation(LinkArticleMutation);
  const [unlink] = useMutation(UnlinkArticleMutation);
  const linked = new Set(update.fixesArticles.map((article) => article.id));
  const suggestions =
    prefix.length < 2 ? [] : (data?.searchSuggestions ?? []).filter((s) => !linked.has(s.id));

  async function run(action: 'link' | 'unlink', articleId: string) {
    setProblem(null);
    try {
      const variables = { updateId: update.id, articleId };
      const error =
        action === 'link'
          ? (await link({ variables })).data?.linkUpdateArticle.error
          : (await unlink({ variables })).data?.unlinkUpdateArticle.error;
      if (error) setProblem({ message: error.message, hint: error.hint });
    } catch {
      setProblem({ message: 'Foyer is not answering, so nothing changed.', hint: 'Try again.' });
    }
  }

  return (
    <section className="card update-editor__section" aria-labelledby="update-editor-fixes">
      <h2 id="update-editor-fixes" className="update-editor__section-title">
        Articles it fixes
      </h2>
      {update.fixesArticles.length === 0 ? (
        <p className="muted">
          None yet. Readers of a linked article see this update under “Fixed in”.
        </p>
      ) : (
        <ul className="update-editor__files">
          {update.fixesArticles.map((article) => (
            <li key={article.id} className="update-editor__file">
              <Link to={articlePath(article.slug)}>{article.title}</Link>
              <Button variant="quiet" onPress={() => void run('unlink', article.id)}>
                Unlink<span className="visually-hidden"> {article.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SearchField
        label="Find an article to link"
        value={query}
        onChange={setQuery}
        placeholder="Type part of its title"
      />
      {suggestions.length > 0 ? (
        <ul className="update-editor__files" aria-label="Articles found">
          {suggestions.map((suggestion) => (
            <li key={suggestion.id} className="update-editor__file">
              <span>{suggestion.title}</span>
              <Button variant="quiet" onPress={() => void run('link', suggestion.id)}>
                Link<span className="visually-hidden"> {suggestion.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <FormProblem problem={problem} />
    </section>
  );
}
