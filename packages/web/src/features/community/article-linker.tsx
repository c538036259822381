import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import { Refusal, type Reason } from '../../ui/refusal';
import { TextField } from '../../ui/text-field';
import { useDebouncedValue } from '../../ui/use-debounced-value';

const ArticleSuggestionsQuery = graphql(`
  query ArticleLinker_suggestions($prefix: String!) {
    searchSuggestions(prefix: $prefix, kinds: [ARTICLE], first: 6) {
      id
      slug
      title
    }
  }
`);

const LinkMutation = graphql(`
  mutation ArticleLinker_link($questionId: ID!, $articleId: ID!) {
    linkQuestionToArticle(questionId: $questionId, articleId: $articleId) {
      question {
        id
      }
      error {
        ...Community_refusal
      }
    }
  }
`);

const UnlinkMutation = graphql(`
  mutation ArticleLinker_unlink($questionId: ID!, $articleId: ID!) {
    unlinkQuestionFromArticle(questionId: $questionId, articleId: $articleId) {
      question {
        id
      }
      error {
        ...Community_refusal
      }
    }
  }
`);

export interface ArticleLinkerProps {
  questionId: string;
  linked: ReadonlyArray<{ id: string; title: string }>;
  onChanged: () => Promise<void>;
}

/** For the asker and moderators: find an article by its title and link it, or remove a link. */
export function ArticleLinker({ questionId, linked, onChanged }: ArticleLinkerProps) {
  const [typed, setTyped] = useState('');
  const prefix = useDebouncedValue(typed.trim(), 250);
  const [refusal, setRefusal] = useState<(Reason & { reasons?: readonly Reason[] | null }) | null>(
    null,
  );
  const { data } = useQuery(ArticleSuggestionsQuery, {
    variables: { prefix },
    skip: prefix.length < 2,
  });
  const [link] = useMutation(LinkMutation);
  const [unlink] = useMutation(UnlinkMutation);
  const linkedIds = new Set(linked.map((article) => article.id));
  const suggestions =
    prefix.length >= 2 ? (data?.searchSuggestions ?? []).filter((s) => !linkedIds.has(s.id)) : [];

  async function change(run: () => Promise<{ error?: Reason | null } | null | undefined>) {
    setRefusal(null);
    const payload = await run().catch(() => null);
    if (!payload)
      setRefusal({
        message: 'The link was not changed.',
        hint: 'Check your connection, then try again.',
      });
    else if (payload.error) setRefusal(payload.error);
    else setTyped('');
    await onChanged();
  }

  return (
    <div className="article-linker">
      {linked.length > 0 ? (
        <ul className="article-linker__linked" aria-label="Remove a link">
          {linked.map((article) => (
            <li key={article.id}>
              <Button
                size="small"
                variant="quiet"
                onPress={() =>
                  void change(
                    async () =>
                      (await unlink({ variables: { questionId, articleId: article.id } })).data
                        ?.unlinkQuestionFromArticle,
                  )
                }
              >
                Unlink “{article.title}”
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <TextField
        label="Link an article"
        description="Type words of its title."
        value={typed}
        onChange={setTyped}
      />
      {suggestions.length > 0 ? (
        <ul className="article-linker__suggestions" aria-label="Articles to link">
          {suggestions.map((suggestion) => (
            <li key={suggestion.id}>
              <Button
                size="small"
                onPress={() =>
                  void change(
                    async () =>
                      (await link({ variables: { questionId, articleId: suggestion.id } })).data
                        ?.linkQuestionToArticle,
                  )
                }
              >
                Link “{suggestion.title}”
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Refusal refusal={refusal} />
    </div>
  );
}
