import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context';
import { formatError } from './format-error';

/**
 * Apollo Server with graphql-armor's limits and no landing page of its own (the sandbox is
 * bundled with the web app). Apollo installs its cache-control plugin unless told not to; unused here
 * (answers are private), it wraps every field's resolver and costs on every field of every answer.
 */
export function createApolloServer(
  schema: GraphQLSchema,
  options: { introspection: boolean },
): ApolloServer<GraphQLContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    maxDirectives: { n: 20 },
    // Both done better elsewhere. Armor's token limit turns every syntax error into an HTTP 500
    // (graphql-armor#571): graphql-js's own maxTokens (parseOptions below) answers 400. Armor's
    // suggestion mask left "[Suggestion hidden]?" in messages: formatError drops "Did you mean …".
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    // Compact JSON: Apollo's default indents every answer, which costs more to write and to send.
    stringifyResult: (result) => JSON.stringify(result),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: 2000 },
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}
