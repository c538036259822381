import { Field, ObjectType } from 'type-graphql';

@ObjectType('SupportContact', {
  simpleResolvers: true,
  description: 'Where anyone, signed in or not, can write when nobody else can help.',
})
export class SupportContactType {
  @Field()
  email: string;
}
