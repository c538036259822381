import { buildSchema, type GraphQLObjectType } from 'graphql';
import { schemaSdl } from '../../platform/graphql/schema-sdl';
import { MAX_CANDIDATES } from './content-search.service';

describe('the search schema', () => {
  it('tells API users the number of matches the search really ranks', async () => {
    const connection = buildSchema(await schemaSdl()).getType(
      'SearchResultConnection',
    ) as GraphQLObjectType;
    const description = connection.getFields().totalCountIsLowerBound!.description ?? '';
    expect(description).toContain(`the ${MAX_CANDIDATES} most recent matches are ranked`);
  });
});
