import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './sandbox.css';

// Same origin and cookies as the portal, so the sandbox acts as the signed-in person and needs no
// token of its own.
const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(params),
  });
  // A proxy or a crashed server answers with HTML; show its status instead of a JSON parse error.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  if (!isJson) {
    const message = `The server answered ${response.status} without a GraphQL body.`;
    return { errors: [{ message }] };
  }
  return response.json();
};

const DEFAULT_QUERY = `# Foyer GraphQL sandbox
#
# Requests run as the person signed in
# to the portal in this browser.
# The Docs button (top left) lists every
# type and field.

query Sandbox_viewer {
  viewer {
    displayName
    email
    roles
    organization {
      name
      kind
    }
  }
}
`;

const container = document.getElementById('sandbox');
if (!container) throw new Error('sandbox.html has no #sandbox element');

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
