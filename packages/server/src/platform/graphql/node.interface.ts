import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description: 'An object with a global id, fetchable with node(id).',
  // Resolvers return entities: OrganizationEntity is an Organization, ProfessionalEntity a Professional.
  resolveType: (value: object) => value.constructor.name.replace(/Entity$/, ''),
})
export abstract class NodeInterface {
  @Field(() => ID)
  id: string;
}
