import { configure, render, screen, within } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { graphql, HttpResponse } from 'msw';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../../app/apollo-client';
import { LatestQuestions_QuestionsDocument } from '../../gql/graphql';
import { server } from '../../test/msw-server';
import { LatestQuestions } from './latest-questions';

configure({ asyncUtilTimeout: 5000 });

function question(id: string, title: string, hidden: boolean) {
  return {
    __typename: 'QuestionEdge' as const,
    node: {
      __typename: 'Question' as const,
      id,
      slug: id,
      title,
      createdAt: '2030-03-01T09:00:00.000Z',
      answerCount: 0,
      hasAcceptedAnswer: false,
      hidden,
    },
  };
}

describe('LatestQuestions', () => {
  it('marks a question a moderator hid, which only vendor staff are shown', async () => {
    server.use(
      graphql.query(LatestQuestions_QuestionsDocument, () =>
        HttpResponse.json({
          data: {
            questions: {
              __typename: 'QuestionConnection',
              totalCount: 2,
              edges: [
                question('selling-licences', 'Selling old licences', true),
                question('proxy-timeouts', 'Proxy timeouts', false),
              ],
            },
          },
        }),
      ),
    );
    const client = createApolloClient({ uri: 'http://localhost/graphql' });
    const router = createMemoryRouter([{ path: '/', element: <LatestQuestions /> }]);
    render(
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>,
    );

    const items = within(
      await screen.findByRole('list', { name: 'Latest questions' }),
    ).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Selling old licencesHidden · 0 answers · Asked');
    expect(items[1]).toHaveTextContent('Proxy timeouts0 answers · Asked');
    expect(items[1]).not.toHaveTextContent('Hidden');
  });
});
